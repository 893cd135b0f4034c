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
import applicationJobLog from './applicationJobLog';
import applicationJobLogs from './applicationJobLogs';
import applicationKey from './applicationKey';
import applicationKeys from './applicationKeys';
import applicationTemplate from './applicationTemplate';
import applicationTemplates from './applicationTemplates';
import applications from './applications';
import auditLog from './auditLog';
import auditLogs from './auditLogs';
import auth from './auth';
import credential from './credential';
import credentials from './credentials';
import dashboard from './dashboard';
import dashboards from './dashboards';
import data from './data';
import dataTable from './dataTable';
import dataTableRow from './dataTableRow';
import dataTableRows from './dataTableRows';
import dataTables from './dataTables';
import device from './device';
import deviceAttribute from './deviceAttribute';
import deviceAttributes from './deviceAttributes';
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
import instanceAuditLog from './instanceAuditLog';
import instanceAuditLogs from './instanceAuditLogs';
import instanceCustomNode from './instanceCustomNode';
import instanceCustomNodes from './instanceCustomNodes';
import instanceMember from './instanceMember';
import instanceMembers from './instanceMembers';
import instanceNotificationRule from './instanceNotificationRule';
import instanceNotificationRules from './instanceNotificationRules';
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
import privateFile from './privateFile';
import privateFiles from './privateFiles';
import resourceJob from './resourceJob';
import resourceJobs from './resourceJobs';
import userApiToken from './userApiToken';
import userApiTokens from './userApiTokens';
import userOauthToken from './userOauthToken';
import userOauthTokens from './userOauthTokens';
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
  applicationJobLog: applicationJobLog,
  applicationJobLogs: applicationJobLogs,
  applicationKey: applicationKey,
  applicationKeys: applicationKeys,
  applicationTemplate: applicationTemplate,
  applicationTemplates: applicationTemplates,
  applications: applications,
  auditLog: auditLog,
  auditLogs: auditLogs,
  auth: auth,
  credential: credential,
  credentials: credentials,
  dashboard: dashboard,
  dashboards: dashboards,
  data: data,
  dataTable: dataTable,
  dataTableRow: dataTableRow,
  dataTableRows: dataTableRows,
  dataTables: dataTables,
  device: device,
  deviceAttribute: deviceAttribute,
  deviceAttributes: deviceAttributes,
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
  instanceAuditLog: instanceAuditLog,
  instanceAuditLogs: instanceAuditLogs,
  instanceCustomNode: instanceCustomNode,
  instanceCustomNodes: instanceCustomNodes,
  instanceMember: instanceMember,
  instanceMembers: instanceMembers,
  instanceNotificationRule: instanceNotificationRule,
  instanceNotificationRules: instanceNotificationRules,
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
  privateFile: privateFile,
  privateFiles: privateFiles,
  resourceJob: resourceJob,
  resourceJobs: resourceJobs,
  userApiToken: userApiToken,
  userApiTokens: userApiTokens,
  userOauthToken: userOauthToken,
  userOauthTokens: userOauthTokens,
  webhook: webhook,
  webhooks: webhooks,
};
