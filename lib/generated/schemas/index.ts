/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/*.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedApplicationJobLogQuery from './advancedApplicationJobLogQuery';
import advancedApplicationKeyQuery from './advancedApplicationKeyQuery';
import advancedDeviceQuery from './advancedDeviceQuery';
import advancedEventQuery from './advancedEventQuery';
import advancedExperienceGroupQuery from './advancedExperienceGroupQuery';
import advancedExperienceUserQuery from './advancedExperienceUserQuery';
import advancedFlowByVersionQuery from './advancedFlowByVersionQuery';
import advancedFlowQuery from './advancedFlowQuery';
import advancedFlowVersionQuery from './advancedFlowVersionQuery';
import advancedInstanceOrgQuery from './advancedInstanceOrgQuery';
import advancedQuery from './advancedQuery';
import apiToken from './apiToken';
import apiTokenPatch from './apiTokenPatch';
import apiTokenPost from './apiTokenPost';
import apiTokens from './apiTokens';
import application from './application';
import applicationApplyTemplatePatch from './applicationApplyTemplatePatch';
import applicationCertificate from './applicationCertificate';
import applicationCertificateAuthorities from './applicationCertificateAuthorities';
import applicationCertificateAuthority from './applicationCertificateAuthority';
import applicationCertificateAuthorityPatch from './applicationCertificateAuthorityPatch';
import applicationCertificateAuthorityPost from './applicationCertificateAuthorityPost';
import applicationCertificatePatch from './applicationCertificatePatch';
import applicationCertificatePost from './applicationCertificatePost';
import applicationCertificates from './applicationCertificates';
import applicationCloneDryRunResult from './applicationCloneDryRunResult';
import applicationClonePost from './applicationClonePost';
import applicationCreationByTemplateResult from './applicationCreationByTemplateResult';
import applicationDashboardPost from './applicationDashboardPost';
import applicationExportPost from './applicationExportPost';
import applicationExportResult from './applicationExportResult';
import applicationGlobalPatch from './applicationGlobalPatch';
import applicationImportExecutions from './applicationImportExecutions';
import applicationJobLog from './applicationJobLog';
import applicationJobLogs from './applicationJobLogs';
import applicationKey from './applicationKey';
import applicationKeyPatch from './applicationKeyPatch';
import applicationKeyPost from './applicationKeyPost';
import applicationKeyPostResponse from './applicationKeyPostResponse';
import applicationKeys from './applicationKeys';
import applicationPatch from './applicationPatch';
import applicationPost from './applicationPost';
import applicationReadme from './applicationReadme';
import applicationReadmePatch from './applicationReadmePatch';
import applicationSearchResult from './applicationSearchResult';
import applicationTemplate from './applicationTemplate';
import applicationTemplateCategories from './applicationTemplateCategories';
import applicationTemplateCategory from './applicationTemplateCategory';
import applicationTemplates from './applicationTemplates';
import applications from './applications';
import attributeNamesResponse from './attributeNamesResponse';
import auditLog from './auditLog';
import auditLogFilter from './auditLogFilter';
import auditLogs from './auditLogs';
import authedDevice from './authedDevice';
import authedUser from './authedUser';
import bulkDeleteResponse from './bulkDeleteResponse';
import bulkRestoreResponse from './bulkRestoreResponse';
import changePassword from './changePassword';
import compositeDeviceState from './compositeDeviceState';
import compositeDevicesState from './compositeDevicesState';
import credential from './credential';
import credentialLinkedResources from './credentialLinkedResources';
import credentialPatch from './credentialPatch';
import credentialPost from './credentialPost';
import credentials from './credentials';
import dashboard from './dashboard';
import dashboardContextInstance from './dashboardContextInstance';
import dashboardPatch from './dashboardPatch';
import dashboardPost from './dashboardPost';
import dashboardSendReport from './dashboardSendReport';
import dashboards from './dashboards';
import dataTable from './dataTable';
import dataTableColumn from './dataTableColumn';
import dataTablePatch from './dataTablePatch';
import dataTablePost from './dataTablePost';
import dataTableRow from './dataTableRow';
import dataTableRowInsert from './dataTableRowInsert';
import dataTableRowInsertResult from './dataTableRowInsertResult';
import dataTableRowInsertUpdate from './dataTableRowInsertUpdate';
import dataTableRows from './dataTableRows';
import dataTableRowsDelete from './dataTableRowsDelete';
import dataTableRowsExport from './dataTableRowsExport';
import dataTables from './dataTables';
import device from './device';
import deviceAttribute from './deviceAttribute';
import deviceAttributeDataTypeFilter from './deviceAttributeDataTypeFilter';
import deviceAttributePatch from './deviceAttributePatch';
import deviceAttributePost from './deviceAttributePost';
import deviceAttributes from './deviceAttributes';
import deviceClassFilter from './deviceClassFilter';
import deviceCommand from './deviceCommand';
import deviceCommands from './deviceCommands';
import deviceConnectionStatus from './deviceConnectionStatus';
import deviceCounts from './deviceCounts';
import deviceCredentials from './deviceCredentials';
import deviceDataExport from './deviceDataExport';
import deviceLog from './deviceLog';
import deviceNamesResponse from './deviceNamesResponse';
import devicePatch from './devicePatch';
import devicePayloadCounts from './devicePayloadCounts';
import devicePost from './devicePost';
import deviceRecipe from './deviceRecipe';
import deviceRecipeBulkCreate from './deviceRecipeBulkCreate';
import deviceRecipeBulkCreatePost from './deviceRecipeBulkCreatePost';
import deviceRecipePatch from './deviceRecipePatch';
import deviceRecipePost from './deviceRecipePost';
import deviceRecipes from './deviceRecipes';
import deviceState from './deviceState';
import deviceStateOrStates from './deviceStateOrStates';
import deviceStates from './deviceStates';
import deviceTagFilter from './deviceTagFilter';
import devices from './devices';
import devicesDataExport from './devicesDataExport';
import devicesDeleteOrRestorePost from './devicesDeleteOrRestorePost';
import devicesExportPayloadCountPost from './devicesExportPayloadCountPost';
import devicesExportPost from './devicesExportPost';
import devicesPatch from './devicesPatch';
import devicesRemoveDataPost from './devicesRemoveDataPost';
import devicesUpdated from './devicesUpdated';
import edgeDeployment from './edgeDeployment';
import edgeDeploymentRelease from './edgeDeploymentRelease';
import edgeDeploymentRemove from './edgeDeploymentRemove';
import edgeDeploymentReplace from './edgeDeploymentReplace';
import edgeDeployments from './edgeDeployments';
import embeddedDeployment from './embeddedDeployment';
import embeddedDeploymentExport from './embeddedDeploymentExport';
import embeddedDeploymentRelease from './embeddedDeploymentRelease';
import embeddedDeploymentRemove from './embeddedDeploymentRemove';
import embeddedDeploymentReplace from './embeddedDeploymentReplace';
import embeddedDeployments from './embeddedDeployments';
import error from './error';
import event from './event';
import eventPatch from './eventPatch';
import eventPlusNewCount from './eventPlusNewCount';
import eventPost from './eventPost';
import events from './events';
import eventsDeleted from './eventsDeleted';
import eventsExport from './eventsExport';
import experienceBootstrapOptions from './experienceBootstrapOptions';
import experienceBootstrapResult from './experienceBootstrapResult';
import experienceDomain from './experienceDomain';
import experienceDomainPatch from './experienceDomainPatch';
import experienceDomainPost from './experienceDomainPost';
import experienceDomains from './experienceDomains';
import experienceEndpoint from './experienceEndpoint';
import experienceEndpointPatch from './experienceEndpointPatch';
import experienceEndpointPost from './experienceEndpointPost';
import experienceEndpointStats from './experienceEndpointStats';
import experienceEndpoints from './experienceEndpoints';
import experienceGroup from './experienceGroup';
import experienceGroupPatch from './experienceGroupPatch';
import experienceGroupPost from './experienceGroupPost';
import experienceGroups from './experienceGroups';
import experienceLinkedResources from './experienceLinkedResources';
import experienceSlug from './experienceSlug';
import experienceSlugPatch from './experienceSlugPatch';
import experienceSlugPost from './experienceSlugPost';
import experienceSlugs from './experienceSlugs';
import experienceUser from './experienceUser';
import experienceUserPatch from './experienceUserPatch';
import experienceUserPost from './experienceUserPost';
import experienceUsers from './experienceUsers';
import experienceVersion from './experienceVersion';
import experienceVersionPatch from './experienceVersionPatch';
import experienceVersionPost from './experienceVersionPost';
import experienceVersions from './experienceVersions';
import experienceView from './experienceView';
import experienceViewPatch from './experienceViewPatch';
import experienceViewPost from './experienceViewPost';
import experienceViews from './experienceViews';
import file from './file';
import filePatch from './filePatch';
import filePost from './filePost';
import fileUploadPostResponse from './fileUploadPostResponse';
import files from './files';
import flow from './flow';
import flowErrors from './flowErrors';
import flowLog from './flowLog';
import flowPatch from './flowPatch';
import flowPost from './flowPost';
import flowStats from './flowStats';
import flowStorageEntries from './flowStorageEntries';
import flowStorageEntry from './flowStorageEntry';
import flowStorageMetadata from './flowStorageMetadata';
import flowTriggerFilter from './flowTriggerFilter';
import flowVersion from './flowVersion';
import flowVersionPatch from './flowVersionPatch';
import flowVersionPost from './flowVersionPost';
import flowVersions from './flowVersions';
import flowVersionsDeletePost from './flowVersionsDeletePost';
import flows from './flows';
import flowsImportPost from './flowsImportPost';
import flowsImportResult from './flowsImportResult';
import githubLogin from './githubLogin';
import historicalSummaries from './historicalSummaries';
import historicalSummary from './historicalSummary';
import importIntoApplicationOptions from './importIntoApplicationOptions';
import importNewApplicationOptions from './importNewApplicationOptions';
import instance from './instance';
import instanceAuditLog from './instanceAuditLog';
import instanceAuditLogFilter from './instanceAuditLogFilter';
import instanceAuditLogs from './instanceAuditLogs';
import instanceCustomNode from './instanceCustomNode';
import instanceCustomNodePatch from './instanceCustomNodePatch';
import instanceCustomNodePost from './instanceCustomNodePost';
import instanceCustomNodes from './instanceCustomNodes';
import instanceMember from './instanceMember';
import instanceMemberPatch from './instanceMemberPatch';
import instanceMemberPost from './instanceMemberPost';
import instanceMembers from './instanceMembers';
import instanceOrg from './instanceOrg';
import instanceOrgMember from './instanceOrgMember';
import instanceOrgMemberPatch from './instanceOrgMemberPatch';
import instanceOrgMemberPost from './instanceOrgMemberPost';
import instanceOrgMembers from './instanceOrgMembers';
import instanceOrgPatch from './instanceOrgPatch';
import instanceOrgPost from './instanceOrgPost';
import instanceOrgs from './instanceOrgs';
import instancePatch from './instancePatch';
import instanceReportOptionsPost from './instanceReportOptionsPost';
import instanceSandbox from './instanceSandbox';
import instanceSandboxes from './instanceSandboxes';
import instances from './instances';
import integration from './integration';
import integrationPatch from './integrationPatch';
import integrationPost from './integrationPost';
import integrations from './integrations';
import jobEnqueuedResult from './jobEnqueuedResult';
import lastValueData from './lastValueData';
import lastValueQuery from './lastValueQuery';
import me from './me';
import mePatch from './mePatch';
import mqttPublishBody from './mqttPublishBody';
import multiDeviceCommand from './multiDeviceCommand';
import multiFactorAuthDisable from './multiFactorAuthDisable';
import multiFactorAuthEnable from './multiFactorAuthEnable';
import multiFactorAuthInfo from './multiFactorAuthInfo';
import notebook from './notebook';
import notebookDataExportOptions from './notebookDataExportOptions';
import notebookExecutionLogs from './notebookExecutionLogs';
import notebookExecutionOptions from './notebookExecutionOptions';
import notebookMinuteCounts from './notebookMinuteCounts';
import notebookPatch from './notebookPatch';
import notebookPost from './notebookPost';
import notebooks from './notebooks';
import notificationRule from './notificationRule';
import notificationRuleDeliveryLogs from './notificationRuleDeliveryLogs';
import notificationRuleEvaluationOptions from './notificationRuleEvaluationOptions';
import notificationRulePatch from './notificationRulePatch';
import notificationRulePost from './notificationRulePost';
import notificationRules from './notificationRules';
import org from './org';
import orgInvite from './orgInvite';
import orgInviteAction from './orgInviteAction';
import orgInviteActionUser from './orgInviteActionUser';
import orgInviteCollection from './orgInviteCollection';
import orgInviteInfo from './orgInviteInfo';
import orgInvitePost from './orgInvitePost';
import orgInviteResult from './orgInviteResult';
import orgInviteResultUser from './orgInviteResultUser';
import orgInviteUser from './orgInviteUser';
import orgInvites from './orgInvites';
import orgInvitesUser from './orgInvitesUser';
import orgMemberPatch from './orgMemberPatch';
import orgPatch from './orgPatch';
import orgPost from './orgPost';
import orgRoleInfo from './orgRoleInfo';
import orgs from './orgs';
import paletteResponse from './paletteResponse';
import payloadCountsBreakdown from './payloadCountsBreakdown';
import payloadStats from './payloadStats';
import periodSummaries from './periodSummaries';
import recentItem from './recentItem';
import recentItemList from './recentItemList';
import resourceJob from './resourceJob';
import resourceJobExecutionLogs from './resourceJobExecutionLogs';
import resourceJobExecutionOptions from './resourceJobExecutionOptions';
import resourceJobPatch from './resourceJobPatch';
import resourceJobPost from './resourceJobPost';
import resourceJobs from './resourceJobs';
import resourceTransfer from './resourceTransfer';
import samlResponse from './samlResponse';
import ssoRequest from './ssoRequest';
import success from './success';
import successWithExecutionId from './successWithExecutionId';
import tagKeysResponse from './tagKeysResponse';
import tagValuesResponse from './tagValuesResponse';
import templateKeywords from './templateKeywords';
import timeSeriesData from './timeSeriesData';
import timeSeriesQuery from './timeSeriesQuery';
import userCredentials from './userCredentials';
import userOauthToken from './userOauthToken';
import userOauthTokenPatch from './userOauthTokenPatch';
import userOauthTokenPost from './userOauthTokenPost';
import userOauthTokens from './userOauthTokens';
import validateContextError from './validateContextError';
import validateContextSuccess from './validateContextSuccess';
import validationErrors from './validationErrors';
import virtualButtonPress from './virtualButtonPress';
import webhook from './webhook';
import webhookPatch from './webhookPatch';
import webhookPost from './webhookPost';
import webhooks from './webhooks';

/** Every schema an action uses, by name: what the emulator and the tests check answers against. */
export const schemas: { readonly [name: string]: SchemaDocument } = {
  advancedApplicationJobLogQuery: advancedApplicationJobLogQuery,
  advancedApplicationKeyQuery: advancedApplicationKeyQuery,
  advancedDeviceQuery: advancedDeviceQuery,
  advancedEventQuery: advancedEventQuery,
  advancedExperienceGroupQuery: advancedExperienceGroupQuery,
  advancedExperienceUserQuery: advancedExperienceUserQuery,
  advancedFlowByVersionQuery: advancedFlowByVersionQuery,
  advancedFlowQuery: advancedFlowQuery,
  advancedFlowVersionQuery: advancedFlowVersionQuery,
  advancedInstanceOrgQuery: advancedInstanceOrgQuery,
  advancedQuery: advancedQuery,
  apiToken: apiToken,
  apiTokenPatch: apiTokenPatch,
  apiTokenPost: apiTokenPost,
  apiTokens: apiTokens,
  application: application,
  applicationApplyTemplatePatch: applicationApplyTemplatePatch,
  applicationCertificate: applicationCertificate,
  applicationCertificateAuthorities: applicationCertificateAuthorities,
  applicationCertificateAuthority: applicationCertificateAuthority,
  applicationCertificateAuthorityPatch: applicationCertificateAuthorityPatch,
  applicationCertificateAuthorityPost: applicationCertificateAuthorityPost,
  applicationCertificatePatch: applicationCertificatePatch,
  applicationCertificatePost: applicationCertificatePost,
  applicationCertificates: applicationCertificates,
  applicationCloneDryRunResult: applicationCloneDryRunResult,
  applicationClonePost: applicationClonePost,
  applicationCreationByTemplateResult: applicationCreationByTemplateResult,
  applicationDashboardPost: applicationDashboardPost,
  applicationExportPost: applicationExportPost,
  applicationExportResult: applicationExportResult,
  applicationGlobalPatch: applicationGlobalPatch,
  applicationImportExecutions: applicationImportExecutions,
  applicationJobLog: applicationJobLog,
  applicationJobLogs: applicationJobLogs,
  applicationKey: applicationKey,
  applicationKeyPatch: applicationKeyPatch,
  applicationKeyPost: applicationKeyPost,
  applicationKeyPostResponse: applicationKeyPostResponse,
  applicationKeys: applicationKeys,
  applicationPatch: applicationPatch,
  applicationPost: applicationPost,
  applicationReadme: applicationReadme,
  applicationReadmePatch: applicationReadmePatch,
  applicationSearchResult: applicationSearchResult,
  applicationTemplate: applicationTemplate,
  applicationTemplateCategories: applicationTemplateCategories,
  applicationTemplateCategory: applicationTemplateCategory,
  applicationTemplates: applicationTemplates,
  applications: applications,
  attributeNamesResponse: attributeNamesResponse,
  auditLog: auditLog,
  auditLogFilter: auditLogFilter,
  auditLogs: auditLogs,
  authedDevice: authedDevice,
  authedUser: authedUser,
  bulkDeleteResponse: bulkDeleteResponse,
  bulkRestoreResponse: bulkRestoreResponse,
  changePassword: changePassword,
  compositeDeviceState: compositeDeviceState,
  compositeDevicesState: compositeDevicesState,
  credential: credential,
  credentialLinkedResources: credentialLinkedResources,
  credentialPatch: credentialPatch,
  credentialPost: credentialPost,
  credentials: credentials,
  dashboard: dashboard,
  dashboardContextInstance: dashboardContextInstance,
  dashboardPatch: dashboardPatch,
  dashboardPost: dashboardPost,
  dashboardSendReport: dashboardSendReport,
  dashboards: dashboards,
  dataTable: dataTable,
  dataTableColumn: dataTableColumn,
  dataTablePatch: dataTablePatch,
  dataTablePost: dataTablePost,
  dataTableRow: dataTableRow,
  dataTableRowInsert: dataTableRowInsert,
  dataTableRowInsertResult: dataTableRowInsertResult,
  dataTableRowInsertUpdate: dataTableRowInsertUpdate,
  dataTableRows: dataTableRows,
  dataTableRowsDelete: dataTableRowsDelete,
  dataTableRowsExport: dataTableRowsExport,
  dataTables: dataTables,
  device: device,
  deviceAttribute: deviceAttribute,
  deviceAttributeDataTypeFilter: deviceAttributeDataTypeFilter,
  deviceAttributePatch: deviceAttributePatch,
  deviceAttributePost: deviceAttributePost,
  deviceAttributes: deviceAttributes,
  deviceClassFilter: deviceClassFilter,
  deviceCommand: deviceCommand,
  deviceCommands: deviceCommands,
  deviceConnectionStatus: deviceConnectionStatus,
  deviceCounts: deviceCounts,
  deviceCredentials: deviceCredentials,
  deviceDataExport: deviceDataExport,
  deviceLog: deviceLog,
  deviceNamesResponse: deviceNamesResponse,
  devicePatch: devicePatch,
  devicePayloadCounts: devicePayloadCounts,
  devicePost: devicePost,
  deviceRecipe: deviceRecipe,
  deviceRecipeBulkCreate: deviceRecipeBulkCreate,
  deviceRecipeBulkCreatePost: deviceRecipeBulkCreatePost,
  deviceRecipePatch: deviceRecipePatch,
  deviceRecipePost: deviceRecipePost,
  deviceRecipes: deviceRecipes,
  deviceState: deviceState,
  deviceStateOrStates: deviceStateOrStates,
  deviceStates: deviceStates,
  deviceTagFilter: deviceTagFilter,
  devices: devices,
  devicesDataExport: devicesDataExport,
  devicesDeleteOrRestorePost: devicesDeleteOrRestorePost,
  devicesExportPayloadCountPost: devicesExportPayloadCountPost,
  devicesExportPost: devicesExportPost,
  devicesPatch: devicesPatch,
  devicesRemoveDataPost: devicesRemoveDataPost,
  devicesUpdated: devicesUpdated,
  edgeDeployment: edgeDeployment,
  edgeDeploymentRelease: edgeDeploymentRelease,
  edgeDeploymentRemove: edgeDeploymentRemove,
  edgeDeploymentReplace: edgeDeploymentReplace,
  edgeDeployments: edgeDeployments,
  embeddedDeployment: embeddedDeployment,
  embeddedDeploymentExport: embeddedDeploymentExport,
  embeddedDeploymentRelease: embeddedDeploymentRelease,
  embeddedDeploymentRemove: embeddedDeploymentRemove,
  embeddedDeploymentReplace: embeddedDeploymentReplace,
  embeddedDeployments: embeddedDeployments,
  error: error,
  event: event,
  eventPatch: eventPatch,
  eventPlusNewCount: eventPlusNewCount,
  eventPost: eventPost,
  events: events,
  eventsDeleted: eventsDeleted,
  eventsExport: eventsExport,
  experienceBootstrapOptions: experienceBootstrapOptions,
  experienceBootstrapResult: experienceBootstrapResult,
  experienceDomain: experienceDomain,
  experienceDomainPatch: experienceDomainPatch,
  experienceDomainPost: experienceDomainPost,
  experienceDomains: experienceDomains,
  experienceEndpoint: experienceEndpoint,
  experienceEndpointPatch: experienceEndpointPatch,
  experienceEndpointPost: experienceEndpointPost,
  experienceEndpointStats: experienceEndpointStats,
  experienceEndpoints: experienceEndpoints,
  experienceGroup: experienceGroup,
  experienceGroupPatch: experienceGroupPatch,
  experienceGroupPost: experienceGroupPost,
  experienceGroups: experienceGroups,
  experienceLinkedResources: experienceLinkedResources,
  experienceSlug: experienceSlug,
  experienceSlugPatch: experienceSlugPatch,
  experienceSlugPost: experienceSlugPost,
  experienceSlugs: experienceSlugs,
  experienceUser: experienceUser,
  experienceUserPatch: experienceUserPatch,
  experienceUserPost: experienceUserPost,
  experienceUsers: experienceUsers,
  experienceVersion: experienceVersion,
  experienceVersionPatch: experienceVersionPatch,
  experienceVersionPost: experienceVersionPost,
  experienceVersions: experienceVersions,
  experienceView: experienceView,
  experienceViewPatch: experienceViewPatch,
  experienceViewPost: experienceViewPost,
  experienceViews: experienceViews,
  file: file,
  filePatch: filePatch,
  filePost: filePost,
  fileUploadPostResponse: fileUploadPostResponse,
  files: files,
  flow: flow,
  flowErrors: flowErrors,
  flowLog: flowLog,
  flowPatch: flowPatch,
  flowPost: flowPost,
  flowStats: flowStats,
  flowStorageEntries: flowStorageEntries,
  flowStorageEntry: flowStorageEntry,
  flowStorageMetadata: flowStorageMetadata,
  flowTriggerFilter: flowTriggerFilter,
  flowVersion: flowVersion,
  flowVersionPatch: flowVersionPatch,
  flowVersionPost: flowVersionPost,
  flowVersions: flowVersions,
  flowVersionsDeletePost: flowVersionsDeletePost,
  flows: flows,
  flowsImportPost: flowsImportPost,
  flowsImportResult: flowsImportResult,
  githubLogin: githubLogin,
  historicalSummaries: historicalSummaries,
  historicalSummary: historicalSummary,
  importIntoApplicationOptions: importIntoApplicationOptions,
  importNewApplicationOptions: importNewApplicationOptions,
  instance: instance,
  instanceAuditLog: instanceAuditLog,
  instanceAuditLogFilter: instanceAuditLogFilter,
  instanceAuditLogs: instanceAuditLogs,
  instanceCustomNode: instanceCustomNode,
  instanceCustomNodePatch: instanceCustomNodePatch,
  instanceCustomNodePost: instanceCustomNodePost,
  instanceCustomNodes: instanceCustomNodes,
  instanceMember: instanceMember,
  instanceMemberPatch: instanceMemberPatch,
  instanceMemberPost: instanceMemberPost,
  instanceMembers: instanceMembers,
  instanceOrg: instanceOrg,
  instanceOrgMember: instanceOrgMember,
  instanceOrgMemberPatch: instanceOrgMemberPatch,
  instanceOrgMemberPost: instanceOrgMemberPost,
  instanceOrgMembers: instanceOrgMembers,
  instanceOrgPatch: instanceOrgPatch,
  instanceOrgPost: instanceOrgPost,
  instanceOrgs: instanceOrgs,
  instancePatch: instancePatch,
  instanceReportOptionsPost: instanceReportOptionsPost,
  instanceSandbox: instanceSandbox,
  instanceSandboxes: instanceSandboxes,
  instances: instances,
  integration: integration,
  integrationPatch: integrationPatch,
  integrationPost: integrationPost,
  integrations: integrations,
  jobEnqueuedResult: jobEnqueuedResult,
  lastValueData: lastValueData,
  lastValueQuery: lastValueQuery,
  me: me,
  mePatch: mePatch,
  mqttPublishBody: mqttPublishBody,
  multiDeviceCommand: multiDeviceCommand,
  multiFactorAuthDisable: multiFactorAuthDisable,
  multiFactorAuthEnable: multiFactorAuthEnable,
  multiFactorAuthInfo: multiFactorAuthInfo,
  notebook: notebook,
  notebookDataExportOptions: notebookDataExportOptions,
  notebookExecutionLogs: notebookExecutionLogs,
  notebookExecutionOptions: notebookExecutionOptions,
  notebookMinuteCounts: notebookMinuteCounts,
  notebookPatch: notebookPatch,
  notebookPost: notebookPost,
  notebooks: notebooks,
  notificationRule: notificationRule,
  notificationRuleDeliveryLogs: notificationRuleDeliveryLogs,
  notificationRuleEvaluationOptions: notificationRuleEvaluationOptions,
  notificationRulePatch: notificationRulePatch,
  notificationRulePost: notificationRulePost,
  notificationRules: notificationRules,
  org: org,
  orgInvite: orgInvite,
  orgInviteAction: orgInviteAction,
  orgInviteActionUser: orgInviteActionUser,
  orgInviteCollection: orgInviteCollection,
  orgInviteInfo: orgInviteInfo,
  orgInvitePost: orgInvitePost,
  orgInviteResult: orgInviteResult,
  orgInviteResultUser: orgInviteResultUser,
  orgInviteUser: orgInviteUser,
  orgInvites: orgInvites,
  orgInvitesUser: orgInvitesUser,
  orgMemberPatch: orgMemberPatch,
  orgPatch: orgPatch,
  orgPost: orgPost,
  orgRoleInfo: orgRoleInfo,
  orgs: orgs,
  paletteResponse: paletteResponse,
  payloadCountsBreakdown: payloadCountsBreakdown,
  payloadStats: payloadStats,
  periodSummaries: periodSummaries,
  recentItem: recentItem,
  recentItemList: recentItemList,
  resourceJob: resourceJob,
  resourceJobExecutionLogs: resourceJobExecutionLogs,
  resourceJobExecutionOptions: resourceJobExecutionOptions,
  resourceJobPatch: resourceJobPatch,
  resourceJobPost: resourceJobPost,
  resourceJobs: resourceJobs,
  resourceTransfer: resourceTransfer,
  samlResponse: samlResponse,
  ssoRequest: ssoRequest,
  success: success,
  successWithExecutionId: successWithExecutionId,
  tagKeysResponse: tagKeysResponse,
  tagValuesResponse: tagValuesResponse,
  templateKeywords: templateKeywords,
  timeSeriesData: timeSeriesData,
  timeSeriesQuery: timeSeriesQuery,
  userCredentials: userCredentials,
  userOauthToken: userOauthToken,
  userOauthTokenPatch: userOauthTokenPatch,
  userOauthTokenPost: userOauthTokenPost,
  userOauthTokens: userOauthTokens,
  validateContextError: validateContextError,
  validateContextSuccess: validateContextSuccess,
  validationErrors: validationErrors,
  virtualButtonPress: virtualButtonPress,
  webhook: webhook,
  webhookPatch: webhookPatch,
  webhookPost: webhookPost,
  webhooks: webhooks,
};
