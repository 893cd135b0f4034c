/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/*.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import application from './application';
import applicationApiToken from './applicationApiToken';
import applicationApiTokens from './applicationApiTokens';
import applicationCertificate from './applicationCertificate';
import applicationCertificateAuthorities from './applicationCertificateAuthorities';
import applicationCertificateAuthority from './applicationCertificateAuthority';
import applicationCertificates from './applicationCertificates';
import applicationDashboard from './applicationDashboard';
import applicationDashboards from './applicationDashboards';
import applicationKey from './applicationKey';
import applicationKeys from './applicationKeys';
import applicationTemplate from './applicationTemplate';
import applicationTemplates from './applicationTemplates';
import applications from './applications';
import auditLog from './auditLog';
import auditLogs from './auditLogs';
import auth from './auth';
import dashboard from './dashboard';
import dashboards from './dashboards';
import data from './data';
import dataTable from './dataTable';
import dataTableRow from './dataTableRow';
import dataTableRows from './dataTableRows';
import dataTables from './dataTables';
import device from './device';
import deviceRecipe from './deviceRecipe';
import deviceRecipes from './deviceRecipes';
import devices from './devices';
import edgeDeployment from './edgeDeployment';
import edgeDeployments from './edgeDeployments';
import embeddedDeployment from './embeddedDeployment';
import embeddedDeployments from './embeddedDeployments';
import event from './event';
import events from './events';
import experience from './experience';
import experienceDomain from './experienceDomain';
import experienceDomains from './experienceDomains';
import experienceEndpoint from './experienceEndpoint';
import experienceEndpoints from './experienceEndpoints';
import experienceGroup from './experienceGroup';
import experienceGroups from './experienceGroups';
import experienceSlug from './experienceSlug';
import experienceSlugs from './experienceSlugs';
import experienceUser from './experienceUser';
import experienceUsers from './experienceUsers';
import experienceVersion from './experienceVersion';
import experienceVersions from './experienceVersions';
import experienceView from './experienceView';
import experienceViews from './experienceViews';
import file from './file';
import files from './files';
import flow from './flow';
import flowVersion from './flowVersion';
import flowVersions from './flowVersions';
import flows from './flows';
import instance from './instance';
import instanceApiToken from './instanceApiToken';
import instanceApiTokens from './instanceApiTokens';
import instanceCustomNode from './instanceCustomNode';
import instanceCustomNodes from './instanceCustomNodes';
import instanceMember from './instanceMember';
import instanceMembers from './instanceMembers';
import instanceOrg from './instanceOrg';
import instanceOrgInvite from './instanceOrgInvite';
import instanceOrgInvites from './instanceOrgInvites';
import instanceOrgMember from './instanceOrgMember';
import instanceOrgMembers from './instanceOrgMembers';
import instanceOrgs from './instanceOrgs';
import instanceSandbox from './instanceSandbox';
import instanceSandboxes from './instanceSandboxes';
import instances from './instances';
import integration from './integration';
import integrations from './integrations';
import me from './me';
import notebook from './notebook';
import notebooks from './notebooks';
import org from './org';
import orgInvites from './orgInvites';
import orgs from './orgs';
import resourceJob from './resourceJob';
import resourceJobs from './resourceJobs';
import userApiToken from './userApiToken';
import userApiTokens from './userApiTokens';
import webhook from './webhook';
import webhooks from './webhooks';

/** Every resource's actions, loaded at once (for the emulator, which serves them all). */
export const allActions: { readonly [resource: string]: ResourceActions } = {
  application: application,
  applicationApiToken: applicationApiToken,
  applicationApiTokens: applicationApiTokens,
  applicationCertificate: applicationCertificate,
  applicationCertificateAuthorities: applicationCertificateAuthorities,
  applicationCertificateAuthority: applicationCertificateAuthority,
  applicationCertificates: applicationCertificates,
  applicationDashboard: applicationDashboard,
  applicationDashboards: applicationDashboards,
  applicationKey: applicationKey,
  applicationKeys: applicationKeys,
  applicationTemplate: applicationTemplate,
  applicationTemplates: applicationTemplates,
  applications: applications,
  auditLog: auditLog,
  auditLogs: auditLogs,
  auth: auth,
  dashboard: dashboard,
  dashboards: dashboards,
  data: data,
  dataTable: dataTable,
  dataTableRow: dataTableRow,
  dataTableRows: dataTableRows,
  dataTables: dataTables,
  device: device,
  deviceRecipe: deviceRecipe,
  deviceRecipes: deviceRecipes,
  devices: devices,
  edgeDeployment: edgeDeployment,
  edgeDeployments: edgeDeployments,
  embeddedDeployment: embeddedDeployment,
  embeddedDeployments: embeddedDeployments,
  event: event,
  events: events,
  experience: experience,
  experienceDomain: experienceDomain,
  experienceDomains: experienceDomains,
  experienceEndpoint: experienceEndpoint,
  experienceEndpoints: experienceEndpoints,
  experienceGroup: experienceGroup,
  experienceGroups: experienceGroups,
  experienceSlug: experienceSlug,
  experienceSlugs: experienceSlugs,
  experienceUser: experienceUser,
  experienceUsers: experienceUsers,
  experienceVersion: experienceVersion,
  experienceVersions: experienceVersions,
  experienceView: experienceView,
  experienceViews: experienceViews,
  file: file,
  files: files,
  flow: flow,
  flowVersion: flowVersion,
  flowVersions: flowVersions,
  flows: flows,
  instance: instance,
  instanceApiToken: instanceApiToken,
  instanceApiTokens: instanceApiTokens,
  instanceCustomNode: instanceCustomNode,
  instanceCustomNodes: instanceCustomNodes,
  instanceMember: instanceMember,
  instanceMembers: instanceMembers,
  instanceOrg: instanceOrg,
  instanceOrgInvite: instanceOrgInvite,
  instanceOrgInvites: instanceOrgInvites,
  instanceOrgMember: instanceOrgMember,
  instanceOrgMembers: instanceOrgMembers,
  instanceOrgs: instanceOrgs,
  instanceSandbox: instanceSandbox,
  instanceSandboxes: instanceSandboxes,
  instances: instances,
  integration: integration,
  integrations: integrations,
  me: me,
  notebook: notebook,
  notebooks: notebooks,
  org: org,
  orgInvites: orgInvites,
  orgs: orgs,
  resourceJob: resourceJob,
  resourceJobs: resourceJobs,
  userApiToken: userApiToken,
  userApiTokens: userApiTokens,
  webhook: webhook,
  webhooks: webhooks,
};
