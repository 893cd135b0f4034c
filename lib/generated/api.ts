/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/*.json and schemas/*.json. Regenerate with: npm run build:types

import type { ActionMethod, EventSourceLike, HalParams, UploadFile } from '../types';
import type { PagedMethod } from '../pagination/types';
import type {
  APIToken,
  APITokenPatch,
  APITokenPost,
  APITokens,
  AdvancedApplicationJobLogQuery,
  AdvancedApplicationKeyQuery,
  AdvancedDeviceQuery,
  AdvancedEventQuery,
  AdvancedExperienceGroupQuery,
  AdvancedExperienceUserQuery,
  AdvancedInstanceOrganizationQuery,
  AdvancedQuery,
  AdvancedWorkflowByVersionQuery,
  AdvancedWorkflowQuery,
  AdvancedWorkflowVersionQuery,
  Application,
  ApplicationApplyTemplatePatchSchema,
  ApplicationCertificate,
  ApplicationCertificateAuthorities,
  ApplicationCertificateAuthority,
  ApplicationCertificateAuthorityPatch,
  ApplicationCertificateAuthorityPost,
  ApplicationCertificatePatch,
  ApplicationCertificatePost,
  ApplicationCertificates,
  ApplicationClonePostSchema,
  ApplicationCreationByTemplateResult,
  ApplicationDashboardPost,
  ApplicationExportPostSchema,
  ApplicationExportResult,
  ApplicationGlobalPatch,
  ApplicationImportExecutions,
  ApplicationImportOptions,
  ApplicationJobLog,
  ApplicationJobLogs,
  ApplicationKey,
  ApplicationKeyPatch,
  ApplicationKeyPost,
  ApplicationKeyPostResponse,
  ApplicationKeys,
  ApplicationPatch,
  ApplicationPeriodSummaries,
  ApplicationPost,
  ApplicationReadme,
  ApplicationReadmePatch,
  ApplicationSearchResult,
  ApplicationTemplate,
  ApplicationTemplateCategories,
  ApplicationTemplates,
  Applications,
  ApplicationsImportOptions,
  AttributeNamesResponse,
  AuditLog,
  AuditLogFilter,
  AuditLogs,
  AuthenticatedDevice,
  AuthenticatedUser,
  BulkDeletionResponse,
  BulkRestorationResponse,
  ChangePassword,
  CompositeDeviceState,
  Credential,
  CredentialLinkedResources,
  CredentialPatch,
  CredentialPost,
  Credentials,
  Dashboard,
  DashboardContextInstance,
  DashboardPatch,
  DashboardPost,
  DashboardSendReport,
  Dashboards,
  DataTable,
  DataTableColumn,
  DataTablePatch,
  DataTablePost,
  DataTableRow,
  DataTableRowInsert,
  DataTableRowInsertResult,
  DataTableRowInsertUpdate,
  DataTableRows,
  DataTableRowsDelete,
  DataTableRowsExport,
  DataTables,
  Device,
  DeviceAttribute,
  DeviceAttributeDataTypeFilter,
  DeviceAttributePatch,
  DeviceAttributePost,
  DeviceAttributes,
  DeviceClassFilter,
  DeviceCommand,
  DeviceCommands,
  DeviceConnectionStatus,
  DeviceCounts,
  DeviceCredentials,
  DeviceDataExport,
  DeviceLog,
  DeviceNamesResponse,
  DevicePatch,
  DevicePayloadCounts,
  DevicePost,
  DeviceRecipe,
  DeviceRecipeBulkCreate,
  DeviceRecipeBulkCreatePost,
  DeviceRecipePatch,
  DeviceRecipePost,
  DeviceRecipes,
  DeviceStateOrStates,
  DeviceStates,
  DeviceTagFilter,
  Devices,
  DevicesCompositeState,
  DevicesDataExport,
  DevicesDeleteOrRestorePost,
  DevicesMetadataExportPost,
  DevicesPatch,
  DevicesPayloadCountExportPost,
  DevicesRemoveDataPost,
  DevicesUpdated,
  DisableMultiFactorAuthentication,
  EdgeDeployment,
  EdgeDeploymentRelease,
  EdgeDeploymentRemove,
  EdgeDeploymentReplace,
  EdgeDeployments,
  EmbeddedDeployment,
  EmbeddedDeploymentExport,
  EmbeddedDeploymentRelease,
  EmbeddedDeploymentRemove,
  EmbeddedDeploymentReplace,
  EmbeddedDeployments,
  EnableMultiFactorAuthentication,
  Event,
  EventExportOptions,
  EventPatch,
  EventPlusNewCount,
  EventPost,
  Events,
  EventsDeleted,
  ExperienceBootstrapOptions,
  ExperienceBootstrapResult,
  ExperienceDomain,
  ExperienceDomainPatch,
  ExperienceDomainPost,
  ExperienceDomains,
  ExperienceEndpoint,
  ExperienceEndpointPatch,
  ExperienceEndpointPost,
  ExperienceEndpointStats,
  ExperienceEndpoints,
  ExperienceGroup,
  ExperienceGroupPatch,
  ExperienceGroupPost,
  ExperienceGroups,
  ExperienceLinkedResources,
  ExperienceSlug,
  ExperienceSlugPatch,
  ExperienceSlugPost,
  ExperienceSlugs,
  ExperienceUser,
  ExperienceUserPatch,
  ExperienceUserPost,
  ExperienceUsers,
  ExperienceVersion,
  ExperienceVersionPatch,
  ExperienceVersionPost,
  ExperienceVersions,
  ExperienceView,
  ExperienceViewPatch,
  ExperienceViewPost,
  ExperienceViews,
  FilePatch,
  FilePost,
  FileSchema,
  FileUploadPostResponse,
  FilesSchema,
  FlowVersionsDeletePost,
  GetWorkflowStorageEntriesMetadata,
  GithubLogin,
  HistoricalSummaries,
  Instance,
  InstanceAuditLog,
  InstanceAuditLogFilter,
  InstanceAuditLogs,
  InstanceCustomNode,
  InstanceCustomNodePatch,
  InstanceCustomNodePost,
  InstanceCustomNodes,
  InstanceMember,
  InstanceMemberPatch,
  InstanceMemberPost,
  InstanceMembers,
  InstanceOrgMember,
  InstanceOrgMemberPatch,
  InstanceOrgMemberPost,
  InstanceOrganization,
  InstanceOrganizationInvitations,
  InstanceOrganizationMembers,
  InstanceOrganizations,
  InstanceOwnedOrganizationPatch,
  InstanceOwnedOrganizationPost,
  InstancePatch,
  InstanceReportOptionsPost,
  InstanceSandboxUser,
  InstanceSandboxes,
  Instances,
  Integration,
  IntegrationPatch,
  IntegrationPost,
  Integrations,
  JobEnqueuedAPIResult,
  LastValueData,
  LastValueQuery,
  MQTTPublishBody,
  Me,
  MePatch,
  MultiDeviceCommand,
  MultiFactorAuthenticationInfo,
  Notebook,
  NotebookDataExportOptions,
  NotebookExecutionLogs,
  NotebookExecutionOptions,
  NotebookMinuteCounts,
  NotebookPatch,
  NotebookPost,
  Notebooks,
  NotificationRule,
  NotificationRuleDeliveryLogs,
  NotificationRuleEvaluationOptions,
  NotificationRulePatch,
  NotificationRulePost,
  NotificationRules,
  Organization,
  OrganizationInvitation,
  OrganizationInvitationAction,
  OrganizationInvitationActionForUser,
  OrganizationInvitationInformation,
  OrganizationInvitationInformationForUser,
  OrganizationInvitationPost,
  OrganizationInvitationResult,
  OrganizationInvitationResultForUser,
  OrganizationInvitations,
  OrganizationMemberPatch,
  OrganizationPatch,
  OrganizationPost,
  OrganizationRoleInfo,
  Organizations,
  PaletteResponse,
  PayloadCountsBreakdown,
  PayloadStats,
  RecentItem,
  RecentItemList,
  ResourceJob,
  ResourceJobExecutionLogs,
  ResourceJobExecutionOptions,
  ResourceJobPatch,
  ResourceJobPost,
  ResourceJobs,
  ResourceTransfer,
  SAMLResponse,
  SSORequest,
  Success,
  SuccessDryRun,
  SuccessWithExecutionID,
  TagKeysResponse,
  TagValuesResponse,
  TemplateKeywords,
  TimeSeriesData,
  TimeSeriesQuery,
  UserCredentials,
  UserOAuthToken,
  UserOAuthTokenPatch,
  UserOAuthTokenPost,
  UserOAuthTokens,
  UserOrganizationInvitations,
  ValidateContextSuccess,
  VirtualButtonPress,
  Webhook,
  WebhookPatch,
  WebhookPost,
  Webhooks,
  Workflow,
  WorkflowErrors,
  WorkflowImportResult,
  WorkflowLog,
  WorkflowPatch,
  WorkflowPost,
  WorkflowStatistics,
  WorkflowStorageEntries,
  WorkflowStorageEntry,
  WorkflowTriggerFilter,
  WorkflowVersion,
  WorkflowVersionPatch,
  WorkflowVersionPost,
  WorkflowVersions,
  Workflows,
  WorkflowsImportPost,
} from './schema-types';

/** Params of `client.application.applyTemplate`: Apply Template. */
export interface ApplicationApplyTemplateParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing template import options */
  options: ApplicationApplyTemplatePatchSchema;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.archiveData`: Archive Data. */
export interface ApplicationArchiveDataParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** The date to archive data (ms since epoch), it must be within the archive time range older than 31 days and newer than the organizations dataTTL */
  date: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.backfillArchiveData`: Backfill Archive Data. */
export interface ApplicationBackfillArchiveDataParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.clone`: Clone. */
export interface ApplicationCloneParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing optional clone fields */
  options?: ApplicationClonePostSchema;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.delete`: Delete. */
export interface ApplicationDeleteParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.deviceCounts`: Device Counts. */
export interface ApplicationDeviceCountsParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.export`: Export. */
export interface ApplicationExportParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing export application options */
  options?: ApplicationExportPostSchema;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.fullDataTablesArchive`: Full Data Tables Archive. */
export interface ApplicationFullDataTablesArchiveParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.fullEventsArchive`: Full Events Archive. */
export interface ApplicationFullEventsArchiveParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.get`: Get. */
export interface ApplicationGetParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Comma-separated list of summary fields to exclude from application summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in application summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.globals`: Globals. */
export interface ApplicationGlobalsParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Array of objects containing new application global information */
  globals: ApplicationGlobalPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.import`: Import. */
export interface ApplicationImportParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** The zip file containing all of the resources to import into the application */
  importBundle?: UploadFile;
  /** Email address to notify the user when the job to import the application resources has completed or errored, defaults to the email address of the user making the request */
  email?: string | number | boolean;
  /** Additional import options */
  options?: ApplicationImportOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.importLogs`: Import Logs. */
export interface ApplicationImportLogsParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.mqttPublishMessage`: Mqtt Publish Message. */
export interface ApplicationMqttPublishMessageParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing topic and message */
  payload: MQTTPublishBody;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.notebookMinuteCounts`: Notebook Minute Counts. */
export interface ApplicationNotebookMinuteCountsParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.patch`: Patch. */
export interface ApplicationPatchParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing new application properties */
  application?: ApplicationPatch;
  /** Comma-separated list of summary fields to exclude from application summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in application summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.payloadCounts`: Payload Counts. */
export interface ApplicationPayloadCountsParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface ApplicationPayloadCountsBreakdownParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.readme`: Readme. */
export interface ApplicationReadmeParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.readmePatch`: Readme Patch. */
export interface ApplicationReadmePatchParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Object containing new readme information */
  readme?: ApplicationReadmePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.search`: Search. */
export interface ApplicationSearchParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** The partial resource name being searched for */
  filter: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.application.mqttSubscriptionStream`: Mqtt Subscription Stream. */
export interface ApplicationMqttSubscriptionStreamParams extends HalParams {
  /** ID of the associated application */
  applicationId: string;
  /** Number of seconds between keepalive messages */
  keepAliveInterval?: string | number | boolean;
  /** The MQTT topic to subscribe to */
  topic: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.application`. */
export interface ApplicationApi {
  /** Apply Template: Add resources to an application via an application template */
  readonly applyTemplate: ActionMethod<ApplicationApplyTemplateParams, Application | JobEnqueuedAPIResult>;
  /** Archive Data: Returns success when a job has been enqueued to archive this application's device data for a given day */
  readonly archiveData: ActionMethod<ApplicationArchiveDataParams, JobEnqueuedAPIResult>;
  /** Backfill Archive Data: Returns success when a job has been enqueued to backfill all current data to its archive */
  readonly backfillArchiveData: ActionMethod<ApplicationBackfillArchiveDataParams, JobEnqueuedAPIResult>;
  /** Clone: Copy an application into a new application */
  readonly clone: ActionMethod<ApplicationCloneParams, SuccessDryRun | ApplicationCreationByTemplateResult | JobEnqueuedAPIResult>;
  /** Delete: Deletes an application */
  readonly delete: ActionMethod<ApplicationDeleteParams, Success>;
  /** Device Counts: Returns device counts by day for the time range specified for this application */
  readonly deviceCounts: ActionMethod<ApplicationDeviceCountsParams, DeviceCounts>;
  /** Export: Export an application and all of its resources */
  readonly export: ActionMethod<ApplicationExportParams, ApplicationExportResult | JobEnqueuedAPIResult>;
  /** Full Data Tables Archive: Returns success when a job has been enqueued to archive all selected data tables */
  readonly fullDataTablesArchive: ActionMethod<ApplicationFullDataTablesArchiveParams, JobEnqueuedAPIResult>;
  /** Full Events Archive: Returns success when a job has been enqueued to archive all current events */
  readonly fullEventsArchive: ActionMethod<ApplicationFullEventsArchiveParams, JobEnqueuedAPIResult>;
  /** Get: Retrieves information on an application */
  readonly get: ActionMethod<ApplicationGetParams, Application>;
  /** Globals: Updates an application global at the given key */
  readonly globals: ActionMethod<ApplicationGlobalsParams, Application>;
  /** Import: Add multiple resources to an application via a zip file */
  readonly import: ActionMethod<ApplicationImportParams, Application | JobEnqueuedAPIResult>;
  /** Import Logs: Retrieves information on application import logs */
  readonly importLogs: ActionMethod<ApplicationImportLogsParams, ApplicationImportExecutions>;
  /** Mqtt Publish Message: Publishes the given message to the given MQTT topic */
  readonly mqttPublishMessage: ActionMethod<ApplicationMqttPublishMessageParams, Success>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for this application */
  readonly notebookMinuteCounts: ActionMethod<ApplicationNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about an application */
  readonly patch: ActionMethod<ApplicationPatchParams, Application>;
  /** Payload Counts: Returns payload counts for the time range specified for this application */
  readonly payloadCounts: ActionMethod<ApplicationPayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for this application */
  readonly payloadCountsBreakdown: ActionMethod<ApplicationPayloadCountsBreakdownParams, PayloadCountsBreakdown>;
  /** Readme: Get the current application readme information */
  readonly readme: ActionMethod<ApplicationReadmeParams, ApplicationReadme>;
  /** Readme Patch: Update the current application readme information */
  readonly readmePatch: ActionMethod<ApplicationReadmePatchParams, ApplicationReadme>;
  /** Search: Search across an application's resources by target identifier */
  readonly search: ActionMethod<ApplicationSearchParams, ApplicationSearchResult>;
  /** Mqtt Subscription Stream: Attach to a real time stream of state messages for the given MQTT topic using Server Sent Events (SSE) */
  readonly mqttSubscriptionStream: ActionMethod<ApplicationMqttSubscriptionStreamParams, EventSourceLike>;
}

/** The params type of each action of `client.application`. */
export interface ApplicationParamsMap {
  applyTemplate: ApplicationApplyTemplateParams;
  archiveData: ApplicationArchiveDataParams;
  backfillArchiveData: ApplicationBackfillArchiveDataParams;
  clone: ApplicationCloneParams;
  delete: ApplicationDeleteParams;
  deviceCounts: ApplicationDeviceCountsParams;
  export: ApplicationExportParams;
  fullDataTablesArchive: ApplicationFullDataTablesArchiveParams;
  fullEventsArchive: ApplicationFullEventsArchiveParams;
  get: ApplicationGetParams;
  globals: ApplicationGlobalsParams;
  import: ApplicationImportParams;
  importLogs: ApplicationImportLogsParams;
  mqttPublishMessage: ApplicationMqttPublishMessageParams;
  notebookMinuteCounts: ApplicationNotebookMinuteCountsParams;
  patch: ApplicationPatchParams;
  payloadCounts: ApplicationPayloadCountsParams;
  payloadCountsBreakdown: ApplicationPayloadCountsBreakdownParams;
  readme: ApplicationReadmeParams;
  readmePatch: ApplicationReadmePatchParams;
  search: ApplicationSearchParams;
  mqttSubscriptionStream: ApplicationMqttSubscriptionStreamParams;
}

/** The result type of each action of `client.application`. */
export interface ApplicationResultMap {
  applyTemplate: Application | JobEnqueuedAPIResult;
  archiveData: JobEnqueuedAPIResult;
  backfillArchiveData: JobEnqueuedAPIResult;
  clone: SuccessDryRun | ApplicationCreationByTemplateResult | JobEnqueuedAPIResult;
  delete: Success;
  deviceCounts: DeviceCounts;
  export: ApplicationExportResult | JobEnqueuedAPIResult;
  fullDataTablesArchive: JobEnqueuedAPIResult;
  fullEventsArchive: JobEnqueuedAPIResult;
  get: Application;
  globals: Application;
  import: Application | JobEnqueuedAPIResult;
  importLogs: ApplicationImportExecutions;
  mqttPublishMessage: Success;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: Application;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  readme: ApplicationReadme;
  readmePatch: ApplicationReadme;
  search: ApplicationSearchResult;
  mqttSubscriptionStream: EventSourceLike;
}

/** Params of `client.applicationApiToken.delete`: Delete. */
export interface ApplicationApiTokenDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationApiToken.get`: Get. */
export interface ApplicationApiTokenGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationApiToken.patch`: Patch. */
export interface ApplicationApiTokenPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Object containing new properties of the API token */
  apiToken?: APITokenPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationApiToken`. */
export interface ApplicationApiTokenApi {
  /** Delete: Deletes an API Token */
  readonly delete: ActionMethod<ApplicationApiTokenDeleteParams, Success>;
  /** Get: Retrieves information on an API token */
  readonly get: ActionMethod<ApplicationApiTokenGetParams, APIToken>;
  /** Patch: Updates information about an API token */
  readonly patch: ActionMethod<ApplicationApiTokenPatchParams, APIToken>;
}

/** The params type of each action of `client.applicationApiToken`. */
export interface ApplicationApiTokenParamsMap {
  delete: ApplicationApiTokenDeleteParams;
  get: ApplicationApiTokenGetParams;
  patch: ApplicationApiTokenPatchParams;
}

/** The result type of each action of `client.applicationApiToken`. */
export interface ApplicationApiTokenResultMap {
  delete: Success;
  get: APIToken;
  patch: APIToken;
}

/** Params of `client.applicationApiTokens.get`: Get. */
export interface ApplicationApiTokensGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, status, id, creationDate, lastUpdated, expirationDate */
  sortField?: 'name' | 'status' | 'id' | 'creationDate' | 'lastUpdated' | 'expirationDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, status */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationApiTokens.post`: Post. */
export interface ApplicationApiTokensPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** API token information */
  apiToken: APITokenPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationApiTokens`. */
export interface ApplicationApiTokensApi {
  /** Get: Returns the API tokens for an application */
  readonly get: PagedMethod<ApplicationApiTokensGetParams, APITokens, 'page'>;
  /** Post: Create a new API token for an application */
  readonly post: ActionMethod<ApplicationApiTokensPostParams, APIToken>;
}

/** The params type of each action of `client.applicationApiTokens`. */
export interface ApplicationApiTokensParamsMap {
  get: ApplicationApiTokensGetParams;
  post: ApplicationApiTokensPostParams;
}

/** The result type of each action of `client.applicationApiTokens`. */
export interface ApplicationApiTokensResultMap {
  get: APITokens;
  post: APIToken;
}

/** Params of `client.applicationCertificate.delete`: Delete. */
export interface ApplicationCertificateDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate */
  applicationCertificateId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificate.get`: Get. */
export interface ApplicationCertificateGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate */
  applicationCertificateId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificate.patch`: Patch. */
export interface ApplicationCertificatePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate */
  applicationCertificateId: string;
  /** Object containing new properties of the application certificate */
  applicationCertificate?: ApplicationCertificatePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationCertificate`. */
export interface ApplicationCertificateApi {
  /** Delete: Deletes an application certificate */
  readonly delete: ActionMethod<ApplicationCertificateDeleteParams, Success>;
  /** Get: Retrieves information on an application certificate */
  readonly get: ActionMethod<ApplicationCertificateGetParams, ApplicationCertificate>;
  /** Patch: Updates information about an application certificate */
  readonly patch: ActionMethod<ApplicationCertificatePatchParams, ApplicationCertificate>;
}

/** The params type of each action of `client.applicationCertificate`. */
export interface ApplicationCertificateParamsMap {
  delete: ApplicationCertificateDeleteParams;
  get: ApplicationCertificateGetParams;
  patch: ApplicationCertificatePatchParams;
}

/** The result type of each action of `client.applicationCertificate`. */
export interface ApplicationCertificateResultMap {
  delete: Success;
  get: ApplicationCertificate;
  patch: ApplicationCertificate;
}

/** Params of `client.applicationCertificateAuthorities.get`: Get. */
export interface ApplicationCertificateAuthoritiesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, status, id, creationDate, lastUpdated */
  sortField?: 'name' | 'status' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, status */
  filterField?: 'name' | 'status';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificateAuthorities.post`: Post. */
export interface ApplicationCertificateAuthoritiesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Application certificate authority information */
  applicationCertificateAuthority: ApplicationCertificateAuthorityPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationCertificateAuthorities`. */
export interface ApplicationCertificateAuthoritiesApi {
  /** Get: Returns the application certificate authorities for an application */
  readonly get: PagedMethod<ApplicationCertificateAuthoritiesGetParams, ApplicationCertificateAuthorities, 'page'>;
  /** Post: Create a new application certificate authority for an application */
  readonly post: ActionMethod<ApplicationCertificateAuthoritiesPostParams, ApplicationCertificateAuthority>;
}

/** The params type of each action of `client.applicationCertificateAuthorities`. */
export interface ApplicationCertificateAuthoritiesParamsMap {
  get: ApplicationCertificateAuthoritiesGetParams;
  post: ApplicationCertificateAuthoritiesPostParams;
}

/** The result type of each action of `client.applicationCertificateAuthorities`. */
export interface ApplicationCertificateAuthoritiesResultMap {
  get: ApplicationCertificateAuthorities;
  post: ApplicationCertificateAuthority;
}

/** Params of `client.applicationCertificateAuthority.delete`: Delete. */
export interface ApplicationCertificateAuthorityDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate authority */
  applicationCertificateAuthorityId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificateAuthority.get`: Get. */
export interface ApplicationCertificateAuthorityGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate authority */
  applicationCertificateAuthorityId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificateAuthority.patch`: Patch. */
export interface ApplicationCertificateAuthorityPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the application certificate authority */
  applicationCertificateAuthorityId: string;
  /** Object containing new properties of the application certificate authority */
  applicationCertificateAuthority?: ApplicationCertificateAuthorityPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationCertificateAuthority`. */
export interface ApplicationCertificateAuthorityApi {
  /** Delete: Deletes an application certificate authority */
  readonly delete: ActionMethod<ApplicationCertificateAuthorityDeleteParams, Success>;
  /** Get: Retrieves information on an application certificate authority */
  readonly get: ActionMethod<ApplicationCertificateAuthorityGetParams, ApplicationCertificateAuthority>;
  /** Patch: Updates information about an application certificate authority */
  readonly patch: ActionMethod<ApplicationCertificateAuthorityPatchParams, ApplicationCertificateAuthority>;
}

/** The params type of each action of `client.applicationCertificateAuthority`. */
export interface ApplicationCertificateAuthorityParamsMap {
  delete: ApplicationCertificateAuthorityDeleteParams;
  get: ApplicationCertificateAuthorityGetParams;
  patch: ApplicationCertificateAuthorityPatchParams;
}

/** The result type of each action of `client.applicationCertificateAuthority`. */
export interface ApplicationCertificateAuthorityResultMap {
  delete: Success;
  get: ApplicationCertificateAuthority;
  patch: ApplicationCertificateAuthority;
}

/** Params of `client.applicationCertificates.get`: Get. */
export interface ApplicationCertificatesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: certificateInfo.commonName, status, id, creationDate, lastUpdated */
  sortField?: string | number | boolean;
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: certificateInfo.commonName, status */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationCertificates.post`: Post. */
export interface ApplicationCertificatesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Application certificate information */
  applicationCertificate: ApplicationCertificatePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationCertificates`. */
export interface ApplicationCertificatesApi {
  /** Get: Returns the application certificates for an application */
  readonly get: PagedMethod<ApplicationCertificatesGetParams, ApplicationCertificates, 'page'>;
  /** Post: Create a new application certificate for an application */
  readonly post: ActionMethod<ApplicationCertificatesPostParams, ApplicationCertificate>;
}

/** The params type of each action of `client.applicationCertificates`. */
export interface ApplicationCertificatesParamsMap {
  get: ApplicationCertificatesGetParams;
  post: ApplicationCertificatesPostParams;
}

/** The result type of each action of `client.applicationCertificates`. */
export interface ApplicationCertificatesResultMap {
  get: ApplicationCertificates;
  post: ApplicationCertificate;
}

/** Params of `client.applicationDashboard.delete`: Delete. */
export interface ApplicationDashboardDeleteParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationDashboard.get`: Get. */
export interface ApplicationDashboardGetParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** ID of the associated application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationDashboard.patch`: Patch. */
export interface ApplicationDashboardPatchParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** ID of the associated application */
  applicationId: string;
  /** Object containing new dashboard properties */
  dashboard?: DashboardPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationDashboard.sendReport`: Send Report. */
export interface ApplicationDashboardSendReportParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** ID of the associated application */
  applicationId: string;
  /** Object containing report options */
  reportConfig: DashboardSendReport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationDashboard`. */
export interface ApplicationDashboardApi {
  /** Delete: Deletes a dashboard */
  readonly delete: ActionMethod<ApplicationDashboardDeleteParams, Success>;
  /** Get: Retrieves information on a dashboard */
  readonly get: ActionMethod<ApplicationDashboardGetParams, Dashboard>;
  /** Patch: Updates information about a dashboard */
  readonly patch: ActionMethod<ApplicationDashboardPatchParams, Dashboard>;
  /** Send Report: Sends a snapshot of a dashboard */
  readonly sendReport: ActionMethod<ApplicationDashboardSendReportParams, JobEnqueuedAPIResult>;
}

/** The params type of each action of `client.applicationDashboard`. */
export interface ApplicationDashboardParamsMap {
  delete: ApplicationDashboardDeleteParams;
  get: ApplicationDashboardGetParams;
  patch: ApplicationDashboardPatchParams;
  sendReport: ApplicationDashboardSendReportParams;
}

/** The result type of each action of `client.applicationDashboard`. */
export interface ApplicationDashboardResultMap {
  delete: Success;
  get: Dashboard;
  patch: Dashboard;
  sendReport: JobEnqueuedAPIResult;
}

/** Params of `client.applicationDashboards.get`: Get. */
export interface ApplicationDashboardsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationDashboards.post`: Post. */
export interface ApplicationDashboardsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New dashboard information */
  dashboard: ApplicationDashboardPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationDashboards`. */
export interface ApplicationDashboardsApi {
  /** Get: Returns all dashboards scoped to the given application. */
  readonly get: PagedMethod<ApplicationDashboardsGetParams, Dashboards, 'page'>;
  /** Post: Create a new dashboard */
  readonly post: ActionMethod<ApplicationDashboardsPostParams, Dashboard>;
}

/** The params type of each action of `client.applicationDashboards`. */
export interface ApplicationDashboardsParamsMap {
  get: ApplicationDashboardsGetParams;
  post: ApplicationDashboardsPostParams;
}

/** The result type of each action of `client.applicationDashboards`. */
export interface ApplicationDashboardsResultMap {
  get: Dashboards;
  post: Dashboard;
}

/** Params of `client.applicationJobLog.get`: Get. */
export interface ApplicationJobLogGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the job execution */
  jobId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationJobLog`. */
export interface ApplicationJobLogApi {
  /** Get: Returns the job log for the given ID */
  readonly get: ActionMethod<ApplicationJobLogGetParams, ApplicationJobLog>;
}

/** The params type of each action of `client.applicationJobLog`. */
export interface ApplicationJobLogParamsMap {
  get: ApplicationJobLogGetParams;
}

/** The result type of each action of `client.applicationJobLog`. */
export interface ApplicationJobLogResultMap {
  get: ApplicationJobLog;
}

/** Params of `client.applicationJobLogs.get`: Get. */
export interface ApplicationJobLogsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, status, resourceType, runQueuedAt, runStartedAt, runCompletedAt */
  sortField?: 'name' | 'status' | 'resourceType' | 'runQueuedAt' | 'runStartedAt' | 'runCompletedAt';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Filter application job logs by a query. */
  query?: AdvancedApplicationJobLogQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationJobLogs`. */
export interface ApplicationJobLogsApi {
  /** Get: Returns the job logs for an application */
  readonly get: PagedMethod<ApplicationJobLogsGetParams, ApplicationJobLogs, 'page'>;
}

/** The params type of each action of `client.applicationJobLogs`. */
export interface ApplicationJobLogsParamsMap {
  get: ApplicationJobLogsGetParams;
}

/** The result type of each action of `client.applicationJobLogs`. */
export interface ApplicationJobLogsResultMap {
  get: ApplicationJobLogs;
}

/** Params of `client.applicationKey.delete`: Delete. */
export interface ApplicationKeyDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the applicationKey */
  applicationKeyId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationKey.get`: Get. */
export interface ApplicationKeyGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the applicationKey */
  applicationKeyId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationKey.patch`: Patch. */
export interface ApplicationKeyPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the applicationKey */
  applicationKeyId: string;
  /** Object containing new properties of the applicationKey */
  applicationKey?: ApplicationKeyPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationKey`. */
export interface ApplicationKeyApi {
  /** Delete: Deletes an applicationKey */
  readonly delete: ActionMethod<ApplicationKeyDeleteParams, Success>;
  /** Get: Retrieves information on an applicationKey */
  readonly get: ActionMethod<ApplicationKeyGetParams, ApplicationKey>;
  /** Patch: Updates information about an applicationKey */
  readonly patch: ActionMethod<ApplicationKeyPatchParams, ApplicationKey>;
}

/** The params type of each action of `client.applicationKey`. */
export interface ApplicationKeyParamsMap {
  delete: ApplicationKeyDeleteParams;
  get: ApplicationKeyGetParams;
  patch: ApplicationKeyPatchParams;
}

/** The result type of each action of `client.applicationKey`. */
export interface ApplicationKeyResultMap {
  delete: Success;
  get: ApplicationKey;
  patch: ApplicationKey;
}

/** Params of `client.applicationKeys.get`: Get. */
export interface ApplicationKeysGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: key, status, id, creationDate, lastUpdated, name */
  sortField?: 'key' | 'status' | 'id' | 'creationDate' | 'lastUpdated' | 'name';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: key, status, name */
  filterField?: 'key' | 'status' | 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Application key filter JSON object which overrides the filterField and filter parameters. */
  query?: AdvancedApplicationKeyQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationKeys.post`: Post. */
export interface ApplicationKeysPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ApplicationKey information */
  applicationKey?: ApplicationKeyPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationKeys`. */
export interface ApplicationKeysApi {
  /** Get: Returns the applicationKeys for an application */
  readonly get: PagedMethod<ApplicationKeysGetParams, ApplicationKeys, 'page'>;
  /** Post: Create a new applicationKey for an application */
  readonly post: ActionMethod<ApplicationKeysPostParams, ApplicationKeyPostResponse>;
}

/** The params type of each action of `client.applicationKeys`. */
export interface ApplicationKeysParamsMap {
  get: ApplicationKeysGetParams;
  post: ApplicationKeysPostParams;
}

/** The result type of each action of `client.applicationKeys`. */
export interface ApplicationKeysResultMap {
  get: ApplicationKeys;
  post: ApplicationKeyPostResponse;
}

/** Params of `client.applicationTemplate.get`: Get. */
export interface ApplicationTemplateGetParams extends HalParams {
  /** ID associated with the template */
  templateId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationTemplate`. */
export interface ApplicationTemplateApi {
  /** Get: Retrieves information on an application template */
  readonly get: ActionMethod<ApplicationTemplateGetParams, ApplicationTemplate>;
}

/** The params type of each action of `client.applicationTemplate`. */
export interface ApplicationTemplateParamsMap {
  get: ApplicationTemplateGetParams;
}

/** The result type of each action of `client.applicationTemplate`. */
export interface ApplicationTemplateResultMap {
  get: ApplicationTemplate;
}

/** Params of `client.applicationTemplates.get`: Get. */
export interface ApplicationTemplatesGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, authorName */
  filterField?: 'name' | 'authorName';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** List of keywords to filter by. Matches all provided keywords. */
  keywords?: string | string[];
  /** ID of a category to filter by. */
  categoryId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationTemplates.getCategories`: Get Categories. */
export interface ApplicationTemplatesGetCategoriesParams extends HalParams {
  /** ID of the category to begin from */
  baseId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applicationTemplates.getUniqueKeywords`: Get Unique Keywords. */
export interface ApplicationTemplatesGetUniqueKeywordsParams extends HalParams {
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applicationTemplates`. */
export interface ApplicationTemplatesApi {
  /** Get: Returns the application templates the current user has permission to see */
  readonly get: PagedMethod<ApplicationTemplatesGetParams, ApplicationTemplates, 'page'>;
  /** Get Categories: Returns a category list, beginning at the specified category */
  readonly getCategories: ActionMethod<ApplicationTemplatesGetCategoriesParams, ApplicationTemplateCategories>;
  /** Get Unique Keywords: Returns an array of all unique keywords currently in use by templates */
  readonly getUniqueKeywords: ActionMethod<ApplicationTemplatesGetUniqueKeywordsParams, TemplateKeywords>;
}

/** The params type of each action of `client.applicationTemplates`. */
export interface ApplicationTemplatesParamsMap {
  get: ApplicationTemplatesGetParams;
  getCategories: ApplicationTemplatesGetCategoriesParams;
  getUniqueKeywords: ApplicationTemplatesGetUniqueKeywordsParams;
}

/** The result type of each action of `client.applicationTemplates`. */
export interface ApplicationTemplatesResultMap {
  get: ApplicationTemplates;
  getCategories: ApplicationTemplateCategories;
  getUniqueKeywords: TemplateKeywords;
}

/** Params of `client.applications.get`: Get. */
export interface ApplicationsGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, id, creationDate, ownerId, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'ownerId' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If not provided, return all applications. If provided but blank, only return applications belonging to the current user. If provided and an id, only return applications belonging to the given organization id. */
  orgId?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from application summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in application summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applications.import`: Import. */
export interface ApplicationsImportParams extends HalParams {
  /** The zip file containing the application to import and all of its resources */
  importBundle?: UploadFile;
  /** The owner id of the new application, defaults to the id of the user making the request */
  ownerId?: string | number | boolean;
  /** The type of the owner id. Accepted values are: user, organization */
  ownerType?: 'user' | 'organization';
  /** If set, import devices from the import bundle */
  includeDevices?: string | number | boolean;
  /** If set, import data table rows from import bundle */
  includeDataTableRows?: string | number | boolean;
  /** If set, import files from import bundle */
  includeFiles?: string | number | boolean;
  /** Email address to notify the user when the job to import the application has completed or errored, defaults to the email address of the user making the request */
  email?: string | number | boolean;
  /** Additional import options */
  options?: ApplicationsImportOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applications.periodSummaries`: Period Summaries. */
export interface ApplicationsPeriodSummariesParams extends HalParams {
  /** Start of range for resource count queries (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for resource count queries (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting payload counts should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, ownerId, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'ownerId' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If not provided, return all applications. If provided but blank, only return applications belonging to the current user. If provided and an id, only return applications belonging to the given organization id. */
  orgId?: string | number | boolean;
  /** Comma-separated list of resources to exclude from summary */
  exclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in application summary */
  include?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.applications.post`: Post. */
export interface ApplicationsPostParams extends HalParams {
  /** New application information */
  application: ApplicationPost;
  /** Comma-separated list of summary fields to exclude from application summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in application summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.applications`. */
export interface ApplicationsApi {
  /** Get: Returns the applications the current user has permission to see */
  readonly get: PagedMethod<ApplicationsGetParams, Applications, 'page'>;
  /** Import: Create a new application from an import bundle */
  readonly import: ActionMethod<ApplicationsImportParams, ApplicationCreationByTemplateResult | JobEnqueuedAPIResult>;
  /** Period Summaries: Returns application usage summaries over a selected date range */
  readonly periodSummaries: PagedMethod<ApplicationsPeriodSummariesParams, ApplicationPeriodSummaries, 'page'>;
  /** Post: Create a new application */
  readonly post: ActionMethod<ApplicationsPostParams, Application>;
}

/** The params type of each action of `client.applications`. */
export interface ApplicationsParamsMap {
  get: ApplicationsGetParams;
  import: ApplicationsImportParams;
  periodSummaries: ApplicationsPeriodSummariesParams;
  post: ApplicationsPostParams;
}

/** The result type of each action of `client.applications`. */
export interface ApplicationsResultMap {
  get: Applications;
  import: ApplicationCreationByTemplateResult | JobEnqueuedAPIResult;
  periodSummaries: ApplicationPeriodSummaries;
  post: Application;
}

/** Params of `client.auditLog.get`: Get. */
export interface AuditLogGetParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the audit log */
  auditLogId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.auditLog`. */
export interface AuditLogApi {
  /** Get: Retrieves information on an audit log */
  readonly get: ActionMethod<AuditLogGetParams, AuditLog>;
}

/** The params type of each action of `client.auditLog`. */
export interface AuditLogParamsMap {
  get: AuditLogGetParams;
}

/** The result type of each action of `client.auditLog`. */
export interface AuditLogResultMap {
  get: AuditLog;
}

/** Params of `client.auditLogs.get`: Get. */
export interface AuditLogsGetParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Field to sort the results by. Accepted values are: creationDate, responseStatus, actorName */
  sortField?: 'creationDate' | 'responseStatus' | 'actorName';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Start of time range for audit log query */
  start?: string | number | boolean;
  /** End of time range for audit log query */
  end?: string | number | boolean;
  /** Filters for the audit log query */
  auditLogFilter?: AuditLogFilter;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.auditLogs`. */
export interface AuditLogsApi {
  /** Get: Returns the audit logs for the organization */
  readonly get: PagedMethod<AuditLogsGetParams, AuditLogs, 'page'>;
}

/** The params type of each action of `client.auditLogs`. */
export interface AuditLogsParamsMap {
  get: AuditLogsGetParams;
}

/** The result type of each action of `client.auditLogs`. */
export interface AuditLogsResultMap {
  get: AuditLogs;
}

/** Params of `client.auth.authenticateDevice`: Authenticate Device. */
export interface AuthAuthenticateDeviceParams extends HalParams {
  /** Device authentication credentials */
  credentials: DeviceCredentials;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.auth.authenticateUser`: Authenticate User. */
export interface AuthAuthenticateUserParams extends HalParams {
  /** User authentication credentials */
  credentials: UserCredentials;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.auth.authenticateUserGithub`: Authenticate User Github. */
export interface AuthAuthenticateUserGithubParams extends HalParams {
  /** User authentication credentials (access token) */
  oauth: GithubLogin;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.auth.authenticateUserSaml`: Authenticate User Saml. */
export interface AuthAuthenticateUserSamlParams extends HalParams {
  /** Encoded SAML response from an IDP for a user. */
  saml: SAMLResponse;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.auth.ssoDomain`: Sso Domain. */
export interface AuthSsoDomainParams extends HalParams {
  /** The email address associated with the user login */
  email: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.auth`. */
export interface AuthApi {
  /** Authenticate Device: Authenticates a device using the provided credentials. */
  readonly authenticateDevice: ActionMethod<AuthAuthenticateDeviceParams, AuthenticatedDevice>;
  /** Authenticate User: Authenticates a user using the provided credentials. */
  readonly authenticateUser: ActionMethod<AuthAuthenticateUserParams, AuthenticatedUser>;
  /** Authenticate User Github: Authenticates a user via GitHub OAuth. */
  readonly authenticateUserGithub: ActionMethod<AuthAuthenticateUserGithubParams, AuthenticatedUser>;
  /** Authenticate User Saml: Authenticates a user via a SAML response. */
  readonly authenticateUserSaml: ActionMethod<AuthAuthenticateUserSamlParams, AuthenticatedUser>;
  /** Sso Domain: Checks email domain for SSO configuration. */
  readonly ssoDomain: ActionMethod<AuthSsoDomainParams, SSORequest | undefined>;
}

/** The params type of each action of `client.auth`. */
export interface AuthParamsMap {
  authenticateDevice: AuthAuthenticateDeviceParams;
  authenticateUser: AuthAuthenticateUserParams;
  authenticateUserGithub: AuthAuthenticateUserGithubParams;
  authenticateUserSaml: AuthAuthenticateUserSamlParams;
  ssoDomain: AuthSsoDomainParams;
}

/** The result type of each action of `client.auth`. */
export interface AuthResultMap {
  authenticateDevice: AuthenticatedDevice;
  authenticateUser: AuthenticatedUser;
  authenticateUserGithub: AuthenticatedUser;
  authenticateUserSaml: AuthenticatedUser;
  ssoDomain: SSORequest | undefined;
}

/** Params of `client.credential.delete`: Delete. */
export interface CredentialDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the credential */
  credentialId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.credential.get`: Get. */
export interface CredentialGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the credential */
  credentialId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.credential.linkedResources`: Linked Resources. */
export interface CredentialLinkedResourcesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the credential */
  credentialId: string;
  /** If the result of the request should also include the details of any custom nodes referenced by returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.credential.patch`: Patch. */
export interface CredentialPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the credential */
  credentialId: string;
  /** Object containing new properties of the credential */
  credential?: CredentialPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.credential`. */
export interface CredentialApi {
  /** Delete: Deletes a credential */
  readonly delete: ActionMethod<CredentialDeleteParams, Success>;
  /** Get: Retrieves information on a credential */
  readonly get: ActionMethod<CredentialGetParams, Credential>;
  /** Linked Resources: Retrieves information on resources linked to a credential */
  readonly linkedResources: ActionMethod<CredentialLinkedResourcesParams, CredentialLinkedResources>;
  /** Patch: Updates information about a credential */
  readonly patch: ActionMethod<CredentialPatchParams, Credential>;
}

/** The params type of each action of `client.credential`. */
export interface CredentialParamsMap {
  delete: CredentialDeleteParams;
  get: CredentialGetParams;
  linkedResources: CredentialLinkedResourcesParams;
  patch: CredentialPatchParams;
}

/** The result type of each action of `client.credential`. */
export interface CredentialResultMap {
  delete: Success;
  get: Credential;
  linkedResources: CredentialLinkedResources;
  patch: Credential;
}

/** Params of `client.credentials.get`: Get. */
export interface CredentialsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, type, creationDate, lastUpdated */
  sortField?: 'name' | 'type' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, type */
  filterField?: 'name' | 'type';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.credentials.post`: Post. */
export interface CredentialsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Credential information */
  credential: CredentialPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.credentials`. */
export interface CredentialsApi {
  /** Get: Returns a collection of credentials for an application */
  readonly get: PagedMethod<CredentialsGetParams, Credentials, 'page'>;
  /** Post: Create a new credential for an application */
  readonly post: ActionMethod<CredentialsPostParams, Credential>;
}

/** The params type of each action of `client.credentials`. */
export interface CredentialsParamsMap {
  get: CredentialsGetParams;
  post: CredentialsPostParams;
}

/** The result type of each action of `client.credentials`. */
export interface CredentialsResultMap {
  get: Credentials;
  post: Credential;
}

/** Params of `client.dashboard.delete`: Delete. */
export interface DashboardDeleteParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dashboard.get`: Get. */
export interface DashboardGetParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** Password for password-protected dashboards */
  password?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dashboard.patch`: Patch. */
export interface DashboardPatchParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** Object containing new dashboard properties */
  dashboard?: DashboardPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dashboard.sendReport`: Send Report. */
export interface DashboardSendReportParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** Object containing report options */
  reportConfig: DashboardSendReport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dashboard.validateContext`: Validate Context. */
export interface DashboardValidateContextParams extends HalParams {
  /** ID of the associated dashboard */
  dashboardId: string;
  /** The context object to validate */
  ctx?: DashboardContextInstance;
  /** Password for password-protected dashboards */
  password?: string | number | boolean;
  /** Duration of data to fetch in milliseconds */
  duration?: string | number | boolean;
  /** Resolution in milliseconds */
  resolution?: string | number | boolean;
  /** End timestamp of the data, in ms since epoch */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dashboard`. */
export interface DashboardApi {
  /** Delete: Deletes a dashboard */
  readonly delete: ActionMethod<DashboardDeleteParams, Success>;
  /** Get: Retrieves information on a dashboard */
  readonly get: ActionMethod<DashboardGetParams, Dashboard>;
  /** Patch: Updates information about a dashboard */
  readonly patch: ActionMethod<DashboardPatchParams, Dashboard>;
  /** Send Report: Sends a snapshot of a dashboard */
  readonly sendReport: ActionMethod<DashboardSendReportParams, JobEnqueuedAPIResult>;
  /** Validate Context: Validates a context object against the dashboard's context configuration */
  readonly validateContext: ActionMethod<DashboardValidateContextParams, ValidateContextSuccess>;
}

/** The params type of each action of `client.dashboard`. */
export interface DashboardParamsMap {
  delete: DashboardDeleteParams;
  get: DashboardGetParams;
  patch: DashboardPatchParams;
  sendReport: DashboardSendReportParams;
  validateContext: DashboardValidateContextParams;
}

/** The result type of each action of `client.dashboard`. */
export interface DashboardResultMap {
  delete: Success;
  get: Dashboard;
  patch: Dashboard;
  sendReport: JobEnqueuedAPIResult;
  validateContext: ValidateContextSuccess;
}

/** Params of `client.dashboards.get`: Get. */
export interface DashboardsGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, id, creationDate, ownerId, applicationId, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'ownerId' | 'applicationId' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If not provided, return all dashboards. If provided but blank, only return dashboards that are not linked to applications. If provided and an id, only return dashboards linked to the given application id. */
  applicationId?: string | number | boolean;
  /** If not provided, return all dashboards. If provided but blank, only return dashboards belonging to the current user. If provided and an id, only return dashboards belonging to the given organization id. */
  orgId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dashboards.post`: Post. */
export interface DashboardsPostParams extends HalParams {
  /** New dashboard information */
  dashboard: DashboardPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dashboards`. */
export interface DashboardsApi {
  /** Get: Returns the dashboards the current user has permission to see */
  readonly get: PagedMethod<DashboardsGetParams, Dashboards, 'page'>;
  /** Post: Create a new dashboard */
  readonly post: ActionMethod<DashboardsPostParams, Dashboard>;
}

/** The params type of each action of `client.dashboards`. */
export interface DashboardsParamsMap {
  get: DashboardsGetParams;
  post: DashboardsPostParams;
}

/** The result type of each action of `client.dashboards`. */
export interface DashboardsResultMap {
  get: Dashboards;
  post: Dashboard;
}

/** Params of `client.data.export`: Export. */
export interface DataExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** The query parameters */
  query?: DevicesDataExport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.data.lastValueQuery`: Last Value Query. */
export interface DataLastValueQueryParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** The query parameters */
  query?: LastValueQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.data.timeSeriesQuery`: Time Series Query. */
export interface DataTimeSeriesQueryParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** The query parameters */
  query?: TimeSeriesQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.data`. */
export interface DataApi {
  /** Export: Creates a csv file from a query of devices and attributes over a time range. */
  readonly export: ActionMethod<DataExportParams, JobEnqueuedAPIResult>;
  /** Last Value Query: Returns the last known data for the given attribute */
  readonly lastValueQuery: ActionMethod<DataLastValueQueryParams, LastValueData>;
  /** Time Series Query: Returns the data for the given query */
  readonly timeSeriesQuery: ActionMethod<DataTimeSeriesQueryParams, TimeSeriesData>;
}

/** The params type of each action of `client.data`. */
export interface DataParamsMap {
  export: DataExportParams;
  lastValueQuery: DataLastValueQueryParams;
  timeSeriesQuery: DataTimeSeriesQueryParams;
}

/** The result type of each action of `client.data`. */
export interface DataResultMap {
  export: JobEnqueuedAPIResult;
  lastValueQuery: LastValueData;
  timeSeriesQuery: TimeSeriesData;
}

/** Params of `client.dataTable.addColumn`: Add Column. */
export interface DataTableAddColumnParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Object containing the new column properties */
  dataTableColumn: DataTableColumn;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTable.delete`: Delete. */
export interface DataTableDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTable.get`: Get. */
export interface DataTableGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTable.patch`: Patch. */
export interface DataTablePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Object containing updated properties of the data table */
  dataTable?: DataTablePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTable.removeColumn`: Remove Column. */
export interface DataTableRemoveColumnParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Name of the column to remove */
  columnName: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dataTable`. */
export interface DataTableApi {
  /** Add Column: Adds a new column to this data table */
  readonly addColumn: ActionMethod<DataTableAddColumnParams, DataTable>;
  /** Delete: Deletes a data table */
  readonly delete: ActionMethod<DataTableDeleteParams, Success>;
  /** Get: Retrieves information on a data table */
  readonly get: ActionMethod<DataTableGetParams, DataTable>;
  /** Patch: Updates information about a data table */
  readonly patch: ActionMethod<DataTablePatchParams, DataTable>;
  /** Remove Column: Removes a column from this data table */
  readonly removeColumn: ActionMethod<DataTableRemoveColumnParams, DataTable>;
}

/** The params type of each action of `client.dataTable`. */
export interface DataTableParamsMap {
  addColumn: DataTableAddColumnParams;
  delete: DataTableDeleteParams;
  get: DataTableGetParams;
  patch: DataTablePatchParams;
  removeColumn: DataTableRemoveColumnParams;
}

/** The result type of each action of `client.dataTable`. */
export interface DataTableResultMap {
  addColumn: DataTable;
  delete: Success;
  get: DataTable;
  patch: DataTable;
  removeColumn: DataTable;
}

/** Params of `client.dataTableRow.delete`: Delete. */
export interface DataTableRowDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** ID associated with the data table row */
  rowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRow.get`: Get. */
export interface DataTableRowGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** ID associated with the data table row */
  rowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRow.patch`: Patch. */
export interface DataTableRowPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** ID associated with the data table row */
  rowId: string;
  /** Object containing updated properties for the data table row */
  dataTableRow?: DataTableRowInsertUpdate;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dataTableRow`. */
export interface DataTableRowApi {
  /** Delete: Deletes a data table row */
  readonly delete: ActionMethod<DataTableRowDeleteParams, Success>;
  /** Get: Retrieves the data table row */
  readonly get: ActionMethod<DataTableRowGetParams, DataTableRow>;
  /** Patch: Updates the data table row */
  readonly patch: ActionMethod<DataTableRowPatchParams, DataTableRow>;
}

/** The params type of each action of `client.dataTableRow`. */
export interface DataTableRowParamsMap {
  delete: DataTableRowDeleteParams;
  get: DataTableRowGetParams;
  patch: DataTableRowPatchParams;
}

/** The result type of each action of `client.dataTableRow`. */
export interface DataTableRowResultMap {
  delete: Success;
  get: DataTableRow;
  patch: DataTableRow;
}

/** Params of `client.dataTableRows.delete`: Delete. */
export interface DataTableRowsDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Query to apply to filter the data table */
  query?: AdvancedQuery;
  /** Limit number of rows to delete from data table */
  limit?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRows.export`: Export. */
export interface DataTableRowsExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Object containing export specifications */
  exportData?: DataTableRowsExport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRows.get`: Get. */
export interface DataTableRowsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Column to sort the rows by */
  sortColumn?: string | number | boolean;
  /** Direction to sort the rows by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** How many rows to return */
  limit?: string | number | boolean;
  /** How many rows to skip */
  offset?: string | number | boolean;
  /** Comma-separated list of fields to include in resulting rows. When not provided, returns all fields. */
  includeFields?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRows.post`: Post. */
export interface DataTableRowsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** The row(s) to insert */
  dataTableRow?: DataTableRowInsert;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRows.query`: Query. */
export interface DataTableRowsQueryParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Column to sort the rows by */
  sortColumn?: string | number | boolean;
  /** Direction to sort the rows by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** How many rows to return */
  limit?: string | number | boolean;
  /** How many rows to skip */
  offset?: string | number | boolean;
  /** Comma-separated list of fields to include in resulting rows. When not provided, returns all fields. */
  includeFields?: string | number | boolean;
  /** Query to apply to filter the data table */
  query?: AdvancedQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTableRows.truncate`: Truncate. */
export interface DataTableRowsTruncateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the data table */
  dataTableId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dataTableRows`. */
export interface DataTableRowsApi {
  /** Delete: Delete rows from a data table */
  readonly delete: ActionMethod<DataTableRowsDeleteParams, DataTableRowsDelete>;
  /** Export: Request an export of the data table's data */
  readonly export: ActionMethod<DataTableRowsExportParams, JobEnqueuedAPIResult>;
  /** Get: Returns the rows for a data table */
  readonly get: PagedMethod<DataTableRowsGetParams, DataTableRows, 'offset'>;
  /** Post: Inserts a new row(s) into a data table */
  readonly post: ActionMethod<DataTableRowsPostParams, DataTableRowInsertResult>;
  /** Query: Queries for rows from a data table */
  readonly query: PagedMethod<DataTableRowsQueryParams, DataTableRows, 'offset'>;
  /** Truncate: Delete all data in the data table */
  readonly truncate: ActionMethod<DataTableRowsTruncateParams, Success>;
}

/** The params type of each action of `client.dataTableRows`. */
export interface DataTableRowsParamsMap {
  delete: DataTableRowsDeleteParams;
  export: DataTableRowsExportParams;
  get: DataTableRowsGetParams;
  post: DataTableRowsPostParams;
  query: DataTableRowsQueryParams;
  truncate: DataTableRowsTruncateParams;
}

/** The result type of each action of `client.dataTableRows`. */
export interface DataTableRowsResultMap {
  delete: DataTableRowsDelete;
  export: JobEnqueuedAPIResult;
  get: DataTableRows;
  post: DataTableRowInsertResult;
  query: DataTableRows;
  truncate: Success;
}

/** Params of `client.dataTables.get`: Get. */
export interface DataTablesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.dataTables.post`: Post. */
export interface DataTablesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New data table information */
  dataTable: DataTablePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.dataTables`. */
export interface DataTablesApi {
  /** Get: Returns the data tables for an application */
  readonly get: PagedMethod<DataTablesGetParams, DataTables, 'page'>;
  /** Post: Create a new data table for an application */
  readonly post: ActionMethod<DataTablesPostParams, DataTable>;
}

/** The params type of each action of `client.dataTables`. */
export interface DataTablesParamsMap {
  get: DataTablesGetParams;
  post: DataTablesPostParams;
}

/** The result type of each action of `client.dataTables`. */
export interface DataTablesResultMap {
  get: DataTables;
  post: DataTable;
}

/** Params of `client.device.delete`: Delete. */
export interface DeviceDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.export`: Export. */
export interface DeviceExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Start time of export (ms since epoch - 0 means now, negative is relative to now) */
  start?: string | number | boolean;
  /** End time of export (ms since epoch - 0 means now, negative is relative to now) */
  end?: string | number | boolean;
  /** Email address to send export to. Defaults to current user's email. */
  email?: string | number | boolean;
  /** Callback URL to call with export result */
  callbackUrl?: string | number | boolean;
  /** If set will export any blob attributes in base64 form, otherwise they will be downloadable links which will expire. */
  includeBlobData?: string | number | boolean;
  /** The export parameters. When provided overrides any options provided as a query param. */
  query?: DeviceDataExport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.get`: Get. */
export interface DeviceGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** If set, do not return connection info */
  excludeConnectionInfo?: string | number | boolean;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.getCommand`: Get Command. */
export interface DeviceGetCommandParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Maximum number of command entries to return */
  limit?: string | number | boolean;
  /**
   * (deprecated) Look for command entries since this time (ms since epoch)
   * @deprecated
   */
  since?: string | number | boolean;
  /** Direction to sort the command entries (by time). Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Duration of time range to query in milliseconds */
  duration?: string | number | boolean;
  /** Start of time range to query in milliseconds since epoch */
  start?: string | number | boolean;
  /** End of time range to query in milliseconds since epoch */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.getCompositeState`: Get Composite State. */
export interface DeviceGetCompositeStateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Start of time range to look at to build composite state */
  start?: string | number | boolean;
  /** End of time range to look at to build composite state */
  end?: string | number | boolean;
  /** Comma-separated list of attributes to include. When not provided, returns all attributes. */
  attributes?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.getLogEntries`: Get Log Entries. */
export interface DeviceGetLogEntriesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Maximum number of log entries to return */
  limit?: string | number | boolean;
  /**
   * (deprecated) Look for log entries since this time (ms since epoch)
   * @deprecated
   */
  since?: string | number | boolean;
  /** Direction to sort the log entries (by time). Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Duration of time range to query in milliseconds */
  duration?: string | number | boolean;
  /** Start of time range to query in milliseconds since epoch */
  start?: string | number | boolean;
  /** End of time range to query in milliseconds since epoch */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.getState`: Get State. */
export interface DeviceGetStateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Maximum number of state entries to return */
  limit?: string | number | boolean;
  /**
   * (deprecated) Look for state entries since this time (ms since epoch)
   * @deprecated
   */
  since?: string | number | boolean;
  /** Direction to sort the state entries (by time). Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Duration of time range to query in milliseconds */
  duration?: string | number | boolean;
  /** Start of time range to query in milliseconds since epoch */
  start?: string | number | boolean;
  /** End of time range to query in milliseconds since epoch */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.patch`: Patch. */
export interface DevicePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Object containing new properties of the device */
  device?: DevicePatch;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.payloadCounts`: Payload Counts. */
export interface DevicePayloadCountsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface DevicePayloadCountsBreakdownParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.removeData`: Remove Data. */
export interface DeviceRemoveDataParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Start time of export (ms since epoch - 0 means now, negative is relative to now) */
  start?: string | number | boolean;
  /** End time of export (ms since epoch - 0 means now, negative is relative to now) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.sendCommand`: Send Command. */
export interface DeviceSendCommandParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Command to send to the device */
  deviceCommand: DeviceCommand;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.sendState`: Send State. */
export interface DeviceSendStateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** A single device state object, or an array of device state objects */
  deviceState: DeviceStateOrStates;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.setConnectionStatus`: Set Connection Status. */
export interface DeviceSetConnectionStatusParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** The current connection status of the device */
  connectionStatus: DeviceConnectionStatus;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.commandStream`: Command Stream. */
export interface DeviceCommandStreamParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Number of seconds between keepalive messages */
  keepAliveInterval?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.device.stateStream`: State Stream. */
export interface DeviceStateStreamParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Number of seconds between keepalive messages */
  keepAliveInterval?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.device`. */
export interface DeviceApi {
  /** Delete: Deletes a device */
  readonly delete: ActionMethod<DeviceDeleteParams, Success>;
  /** Export: Creates a device data export. Defaults to all data. */
  readonly export: ActionMethod<DeviceExportParams, JobEnqueuedAPIResult>;
  /** Get: Retrieves information on a device */
  readonly get: ActionMethod<DeviceGetParams, Device>;
  /** Get Command: Retrieve the last known commands(s) sent to the device */
  readonly getCommand: ActionMethod<DeviceGetCommandParams, DeviceCommands>;
  /** Get Composite State: Retrieve the composite last complete state of the device */
  readonly getCompositeState: ActionMethod<DeviceGetCompositeStateParams, CompositeDeviceState>;
  /** Get Log Entries: Retrieve the recent log entries about the device */
  readonly getLogEntries: ActionMethod<DeviceGetLogEntriesParams, DeviceLog>;
  /** Get State: Retrieve the last known state(s) of the device */
  readonly getState: ActionMethod<DeviceGetStateParams, DeviceStates>;
  /** Patch: Updates information about a device */
  readonly patch: ActionMethod<DevicePatchParams, Device>;
  /** Payload Counts: Returns payload counts for the time range specified for this device */
  readonly payloadCounts: ActionMethod<DevicePayloadCountsParams, DevicePayloadCounts>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for this device */
  readonly payloadCountsBreakdown: ActionMethod<DevicePayloadCountsBreakdownParams, PayloadCountsBreakdown>;
  /** Remove Data: Removes all device data for the specified time range. Defaults to all data. */
  readonly removeData: ActionMethod<DeviceRemoveDataParams, JobEnqueuedAPIResult>;
  /** Send Command: Send a command to a device */
  readonly sendCommand: ActionMethod<DeviceSendCommandParams, Success>;
  /** Send State: Send the current state of the device */
  readonly sendState: ActionMethod<DeviceSendStateParams, Success>;
  /** Set Connection Status: Set the current connection status of the device */
  readonly setConnectionStatus: ActionMethod<DeviceSetConnectionStatusParams, Success>;
  /** Command Stream: Attach to a real time stream of command messages to this device using Server Sent Events (SSE) */
  readonly commandStream: ActionMethod<DeviceCommandStreamParams, EventSourceLike>;
  /** State Stream: Attach to a real time stream of state messages from this device using Server Sent Events (SSE) */
  readonly stateStream: ActionMethod<DeviceStateStreamParams, EventSourceLike>;
}

/** The params type of each action of `client.device`. */
export interface DeviceParamsMap {
  delete: DeviceDeleteParams;
  export: DeviceExportParams;
  get: DeviceGetParams;
  getCommand: DeviceGetCommandParams;
  getCompositeState: DeviceGetCompositeStateParams;
  getLogEntries: DeviceGetLogEntriesParams;
  getState: DeviceGetStateParams;
  patch: DevicePatchParams;
  payloadCounts: DevicePayloadCountsParams;
  payloadCountsBreakdown: DevicePayloadCountsBreakdownParams;
  removeData: DeviceRemoveDataParams;
  sendCommand: DeviceSendCommandParams;
  sendState: DeviceSendStateParams;
  setConnectionStatus: DeviceSetConnectionStatusParams;
  commandStream: DeviceCommandStreamParams;
  stateStream: DeviceStateStreamParams;
}

/** The result type of each action of `client.device`. */
export interface DeviceResultMap {
  delete: Success;
  export: JobEnqueuedAPIResult;
  get: Device;
  getCommand: DeviceCommands;
  getCompositeState: CompositeDeviceState;
  getLogEntries: DeviceLog;
  getState: DeviceStates;
  patch: Device;
  payloadCounts: DevicePayloadCounts;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  removeData: JobEnqueuedAPIResult;
  sendCommand: Success;
  sendState: Success;
  setConnectionStatus: Success;
  commandStream: EventSourceLike;
  stateStream: EventSourceLike;
}

/** Params of `client.deviceAttribute.delete`: Delete. */
export interface DeviceAttributeDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Name of the attribute */
  name: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceAttribute.get`: Get. */
export interface DeviceAttributeGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Name of the attribute */
  name: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceAttribute.patch`: Patch. */
export interface DeviceAttributePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Name of the attribute */
  name: string;
  /** Object containing new properties of the device attribute */
  deviceAttribute?: DeviceAttributePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.deviceAttribute`. */
export interface DeviceAttributeApi {
  /** Delete: Removes an attribute from a device */
  readonly delete: ActionMethod<DeviceAttributeDeleteParams, Success>;
  /** Get: Retrieves information on a device attribute */
  readonly get: ActionMethod<DeviceAttributeGetParams, DeviceAttribute>;
  /** Patch: Updates an attribute on a device */
  readonly patch: ActionMethod<DeviceAttributePatchParams, DeviceAttribute>;
}

/** The params type of each action of `client.deviceAttribute`. */
export interface DeviceAttributeParamsMap {
  delete: DeviceAttributeDeleteParams;
  get: DeviceAttributeGetParams;
  patch: DeviceAttributePatchParams;
}

/** The result type of each action of `client.deviceAttribute`. */
export interface DeviceAttributeResultMap {
  delete: Success;
  get: DeviceAttribute;
  patch: DeviceAttribute;
}

/** Params of `client.deviceAttributes.get`: Get. */
export interface DeviceAttributesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Field to sort the results by. Accepted values are: name, dataType */
  sortField?: string | number | boolean;
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, dataType */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceAttributes.post`: Post. */
export interface DeviceAttributesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device */
  deviceId: string;
  /** Device attribute information */
  deviceAttribute: DeviceAttributePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.deviceAttributes`. */
export interface DeviceAttributesApi {
  /** Get: Returns the attributes for a device */
  readonly get: ActionMethod<DeviceAttributesGetParams, DeviceAttributes>;
  /** Post: Adds a new attribute to a device */
  readonly post: ActionMethod<DeviceAttributesPostParams, DeviceAttribute>;
}

/** The params type of each action of `client.deviceAttributes`. */
export interface DeviceAttributesParamsMap {
  get: DeviceAttributesGetParams;
  post: DeviceAttributesPostParams;
}

/** The result type of each action of `client.deviceAttributes`. */
export interface DeviceAttributesResultMap {
  get: DeviceAttributes;
  post: DeviceAttribute;
}

/** Params of `client.deviceRecipe.bulkCreate`: Bulk Create. */
export interface DeviceRecipeBulkCreateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device recipe */
  deviceRecipeId: string;
  /** Object containing bulk creation info */
  bulkInfo?: DeviceRecipeBulkCreatePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceRecipe.delete`: Delete. */
export interface DeviceRecipeDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device recipe */
  deviceRecipeId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceRecipe.get`: Get. */
export interface DeviceRecipeGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device recipe */
  deviceRecipeId: string;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceRecipe.patch`: Patch. */
export interface DeviceRecipePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the device recipe */
  deviceRecipeId: string;
  /** Object containing new properties of the device recipe */
  deviceRecipe?: DeviceRecipePatch;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.deviceRecipe`. */
export interface DeviceRecipeApi {
  /** Bulk Create: Bulk creates devices using this recipe from a CSV */
  readonly bulkCreate: ActionMethod<DeviceRecipeBulkCreateParams, DeviceRecipeBulkCreate | JobEnqueuedAPIResult>;
  /** Delete: Deletes a device recipe */
  readonly delete: ActionMethod<DeviceRecipeDeleteParams, Success>;
  /** Get: Retrieves information on a device recipe */
  readonly get: ActionMethod<DeviceRecipeGetParams, DeviceRecipe>;
  /** Patch: Updates information about a device recipe */
  readonly patch: ActionMethod<DeviceRecipePatchParams, DeviceRecipe>;
}

/** The params type of each action of `client.deviceRecipe`. */
export interface DeviceRecipeParamsMap {
  bulkCreate: DeviceRecipeBulkCreateParams;
  delete: DeviceRecipeDeleteParams;
  get: DeviceRecipeGetParams;
  patch: DeviceRecipePatchParams;
}

/** The result type of each action of `client.deviceRecipe`. */
export interface DeviceRecipeResultMap {
  bulkCreate: DeviceRecipeBulkCreate | JobEnqueuedAPIResult;
  delete: Success;
  get: DeviceRecipe;
  patch: DeviceRecipe;
}

/** Params of `client.deviceRecipes.get`: Get. */
export interface DeviceRecipesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.deviceRecipes.post`: Post. */
export interface DeviceRecipesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New device recipe information */
  deviceRecipe: DeviceRecipePost;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.deviceRecipes`. */
export interface DeviceRecipesApi {
  /** Get: Returns the device recipes for an application */
  readonly get: PagedMethod<DeviceRecipesGetParams, DeviceRecipes, 'page'>;
  /** Post: Create a new device recipe for an application */
  readonly post: ActionMethod<DeviceRecipesPostParams, DeviceRecipe>;
}

/** The params type of each action of `client.deviceRecipes`. */
export interface DeviceRecipesParamsMap {
  get: DeviceRecipesGetParams;
  post: DeviceRecipesPostParams;
}

/** The result type of each action of `client.deviceRecipes`. */
export interface DeviceRecipesResultMap {
  get: DeviceRecipes;
  post: DeviceRecipe;
}

/** Params of `client.devices.attributeNames`: Attribute Names. */
export interface DevicesAttributeNamesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Device filter JSON object */
  query?: AdvancedDeviceQuery;
  /** Filter the devices by the given attribute data type or types */
  dataType?: DeviceAttributeDataTypeFilter;
  /** Filter attributes down to those that have names starting with the given string. Case insensitive. */
  startsWith?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.delete`: Delete. */
export interface DevicesDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Object containing device deletion options */
  options: DevicesDeleteOrRestorePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.deviceNames`: Device Names. */
export interface DevicesDeviceNamesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Device filter JSON object */
  query?: AdvancedDeviceQuery;
  /** Filter devices down to those that have names starting with the given string. Case insensitive. */
  startsWith?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.export`: Export. */
export interface DevicesExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Email address to send export to. Defaults to current user's email. */
  email?: string | number | boolean;
  /** Callback URL to call with export result */
  callbackUrl?: string | number | boolean;
  /** Object containing device query and optionally email or callback */
  options?: DevicesMetadataExportPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.get`: Get. */
export interface DevicesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated, connectionStatus, deletedAt */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated' | 'connectionStatus' | 'deletedAt';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter the devices by the given device class or classes */
  deviceClass?: DeviceClassFilter;
  /** Array of tag pairs to filter by */
  tagFilter?: DeviceTagFilter;
  /** If set, do not return connection info */
  excludeConnectionInfo?: string | number | boolean;
  /** Filter devices as children of a given system id */
  parentId?: string | number | boolean;
  /** Device filter JSON object which overrides the filterField, filter, deviceClass, tagFilter, and parentId parameters. */
  query?: AdvancedDeviceQuery;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** If true, endpoint will return recently deleted devices instead */
  queryDeleted?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.getCompositeState`: Get Composite State. */
export interface DevicesGetCompositeStateParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Start of time range to look at to build composite state */
  start?: string | number | boolean;
  /** End of time range to look at to build composite state */
  end?: string | number | boolean;
  /** Comma-separated list of attributes to include. When not provided, returns all attributes. */
  attributes?: string | number | boolean;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated, connectionStatus */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated' | 'connectionStatus';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Device advanced query JSON object */
  query?: AdvancedDeviceQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.patch`: Patch. */
export interface DevicesPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Object containing device query or IDs and update operations */
  patchInfo?: DevicesPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.payloadCounts`: Payload Counts. */
export interface DevicesPayloadCountsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Object containing export configuration */
  options?: DevicesPayloadCountExportPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.post`: Post. */
export interface DevicesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New device information */
  device: DevicePost;
  /** Return tags as an object map instead of an array */
  tagsAsObject?: string | number | boolean;
  /** Return attributes as an object map instead of an array */
  attributesAsObject?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.removeData`: Remove Data. */
export interface DevicesRemoveDataParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Object defining the device data to delete and devices to delete from */
  options: DevicesRemoveDataPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.restore`: Restore. */
export interface DevicesRestoreParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Object containing device restoration options */
  options: DevicesDeleteOrRestorePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.sendCommand`: Send Command. */
export interface DevicesSendCommandParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Command to send to the device */
  multiDeviceCommand: MultiDeviceCommand;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.tagKeys`: Tag Keys. */
export interface DevicesTagKeysParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Device filter JSON object */
  query?: AdvancedDeviceQuery;
  /** Filter keys down to those that start with the given string. Case insensitive. */
  startsWith?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.devices.tagValues`: Tag Values. */
export interface DevicesTagValuesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Device filter JSON object */
  query?: AdvancedDeviceQuery;
  /** The tag key to get the values for */
  key: string | number | boolean;
  /** Filter values down to those that start with the given string. Case insensitive. */
  startsWith?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.devices`. */
export interface DevicesApi {
  /** Attribute Names: Gets the attribute names that match the given query. Maximum 1K returned. */
  readonly attributeNames: ActionMethod<DevicesAttributeNamesParams, AttributeNamesResponse>;
  /** Delete: Delete devices */
  readonly delete: ActionMethod<DevicesDeleteParams, BulkDeletionResponse | JobEnqueuedAPIResult>;
  /** Device Names: Gets the device names that match the given query. Maximum 1K returned. */
  readonly deviceNames: ActionMethod<DevicesDeviceNamesParams, DeviceNamesResponse>;
  /** Export: Creates an export of all device metadata */
  readonly export: ActionMethod<DevicesExportParams, JobEnqueuedAPIResult>;
  /** Get: Returns the devices for an application */
  readonly get: PagedMethod<DevicesGetParams, Devices, 'page'>;
  /** Get Composite State: Retrieve the composite last complete state of the matching devices */
  readonly getCompositeState: PagedMethod<DevicesGetCompositeStateParams, DevicesCompositeState, 'page'>;
  /** Patch: Update the fields of one or more devices */
  readonly patch: ActionMethod<DevicesPatchParams, DevicesUpdated | JobEnqueuedAPIResult>;
  /** Payload Counts: Creates an export of payload count information for the matching devices */
  readonly payloadCounts: ActionMethod<DevicesPayloadCountsParams, JobEnqueuedAPIResult>;
  /** Post: Create a new device for an application */
  readonly post: ActionMethod<DevicesPostParams, Device>;
  /** Remove Data: Removes all device data for the specified time range. Defaults to all data. */
  readonly removeData: ActionMethod<DevicesRemoveDataParams, JobEnqueuedAPIResult>;
  /** Restore: Restore deleted devices */
  readonly restore: ActionMethod<DevicesRestoreParams, BulkRestorationResponse | JobEnqueuedAPIResult>;
  /** Send Command: Send a command to multiple devices */
  readonly sendCommand: ActionMethod<DevicesSendCommandParams, Success | JobEnqueuedAPIResult>;
  /** Tag Keys: Gets the unique tag keys for devices that match the given query. Maximum 1K returned. */
  readonly tagKeys: ActionMethod<DevicesTagKeysParams, TagKeysResponse>;
  /** Tag Values: Gets the unique tag values for the given key for devices that match the given query. Maximum 1K returned. */
  readonly tagValues: ActionMethod<DevicesTagValuesParams, TagValuesResponse>;
}

/** The params type of each action of `client.devices`. */
export interface DevicesParamsMap {
  attributeNames: DevicesAttributeNamesParams;
  delete: DevicesDeleteParams;
  deviceNames: DevicesDeviceNamesParams;
  export: DevicesExportParams;
  get: DevicesGetParams;
  getCompositeState: DevicesGetCompositeStateParams;
  patch: DevicesPatchParams;
  payloadCounts: DevicesPayloadCountsParams;
  post: DevicesPostParams;
  removeData: DevicesRemoveDataParams;
  restore: DevicesRestoreParams;
  sendCommand: DevicesSendCommandParams;
  tagKeys: DevicesTagKeysParams;
  tagValues: DevicesTagValuesParams;
}

/** The result type of each action of `client.devices`. */
export interface DevicesResultMap {
  attributeNames: AttributeNamesResponse;
  delete: BulkDeletionResponse | JobEnqueuedAPIResult;
  deviceNames: DeviceNamesResponse;
  export: JobEnqueuedAPIResult;
  get: Devices;
  getCompositeState: DevicesCompositeState;
  patch: DevicesUpdated | JobEnqueuedAPIResult;
  payloadCounts: JobEnqueuedAPIResult;
  post: Device;
  removeData: JobEnqueuedAPIResult;
  restore: BulkRestorationResponse | JobEnqueuedAPIResult;
  sendCommand: Success | JobEnqueuedAPIResult;
  tagKeys: TagKeysResponse;
  tagValues: TagValuesResponse;
}

/** Params of `client.edgeDeployment.get`: Get. */
export interface EdgeDeploymentGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the edge deployment */
  edgeDeploymentId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.edgeDeployment`. */
export interface EdgeDeploymentApi {
  /** Get: Retrieves information on an edge deployment */
  readonly get: ActionMethod<EdgeDeploymentGetParams, EdgeDeployment>;
}

/** The params type of each action of `client.edgeDeployment`. */
export interface EdgeDeploymentParamsMap {
  get: EdgeDeploymentGetParams;
}

/** The result type of each action of `client.edgeDeployment`. */
export interface EdgeDeploymentResultMap {
  get: EdgeDeployment;
}

/** Params of `client.edgeDeployments.get`: Get. */
export interface EdgeDeploymentsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: id, deviceId, flowId, desiredVersion, currentVersion, creationDate, lastUpdated */
  sortField?: 'id' | 'deviceId' | 'flowId' | 'desiredVersion' | 'currentVersion' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Filter deployments to the given Device ID */
  deviceId?: string | number | boolean;
  /** Filter deployments to the given Workflow Version (matches against both current and desired) */
  version?: string | number | boolean;
  /** Filter out deployments where both the current and desired version are null. */
  filterEmpty?: string | number | boolean;
  /** Filter deployments to the given Workflow ID */
  flowId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.edgeDeployments.release`: Release. */
export interface EdgeDeploymentsReleaseParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment release information */
  deployment: EdgeDeploymentRelease;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.edgeDeployments.remove`: Remove. */
export interface EdgeDeploymentsRemoveParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment removal information */
  deployment: EdgeDeploymentRemove;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.edgeDeployments.replace`: Replace. */
export interface EdgeDeploymentsReplaceParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment replacement information */
  deployment: EdgeDeploymentReplace;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.edgeDeployments`. */
export interface EdgeDeploymentsApi {
  /** Get: Returns the edge deployments for an application */
  readonly get: PagedMethod<EdgeDeploymentsGetParams, EdgeDeployments, 'page'>;
  /** Release: Deploy an edge workflow version to one or more edge devices. Version can be blank, if removal is desired. */
  readonly release: ActionMethod<EdgeDeploymentsReleaseParams, Success>;
  /** Remove: Remove all edge deployments from a device, remove all edge deployments of a workflow, or remove a specific workflow from a specific device */
  readonly remove: ActionMethod<EdgeDeploymentsRemoveParams, Success>;
  /** Replace: Replace deployments of an edge workflow version with a new version. New version can be blank, if removal is desired. */
  readonly replace: ActionMethod<EdgeDeploymentsReplaceParams, Success>;
}

/** The params type of each action of `client.edgeDeployments`. */
export interface EdgeDeploymentsParamsMap {
  get: EdgeDeploymentsGetParams;
  release: EdgeDeploymentsReleaseParams;
  remove: EdgeDeploymentsRemoveParams;
  replace: EdgeDeploymentsReplaceParams;
}

/** The result type of each action of `client.edgeDeployments`. */
export interface EdgeDeploymentsResultMap {
  get: EdgeDeployments;
  release: Success;
  remove: Success;
  replace: Success;
}

/** Params of `client.embeddedDeployment.get`: Get. */
export interface EmbeddedDeploymentGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the embedded deployment */
  embeddedDeploymentId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.embeddedDeployment`. */
export interface EmbeddedDeploymentApi {
  /** Get: Retrieves information on an embedded deployment */
  readonly get: ActionMethod<EmbeddedDeploymentGetParams, EmbeddedDeployment>;
}

/** The params type of each action of `client.embeddedDeployment`. */
export interface EmbeddedDeploymentParamsMap {
  get: EmbeddedDeploymentGetParams;
}

/** The result type of each action of `client.embeddedDeployment`. */
export interface EmbeddedDeploymentResultMap {
  get: EmbeddedDeployment;
}

/** Params of `client.embeddedDeployments.export`: Export. */
export interface EmbeddedDeploymentsExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Export options for embedded deployment */
  options?: EmbeddedDeploymentExport;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.embeddedDeployments.get`: Get. */
export interface EmbeddedDeploymentsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: id, creationDate, lastUpdated */
  sortField?: 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Filter deployments to the given Device ID */
  deviceId?: string | number | boolean;
  /** Filter deployments to the given Workflow Version (matches against both current and desired) */
  version?: string | number | boolean;
  /** Filter deployments to the given Workflow ID */
  flowId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.embeddedDeployments.release`: Release. */
export interface EmbeddedDeploymentsReleaseParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment release information */
  deployment: EmbeddedDeploymentRelease;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.embeddedDeployments.remove`: Remove. */
export interface EmbeddedDeploymentsRemoveParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment removal information */
  deployment: EmbeddedDeploymentRemove;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.embeddedDeployments.replace`: Replace. */
export interface EmbeddedDeploymentsReplaceParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Deployment replacement information */
  deployment: EmbeddedDeploymentReplace;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.embeddedDeployments`. */
export interface EmbeddedDeploymentsApi {
  /** Export: Request an export of the compiled WASM files for a current deployment */
  readonly export: ActionMethod<EmbeddedDeploymentsExportParams, JobEnqueuedAPIResult>;
  /** Get: Returns the embedded deployments for an application */
  readonly get: PagedMethod<EmbeddedDeploymentsGetParams, EmbeddedDeployments, 'page'>;
  /** Release: Deploy an embedded workflow version to one or more embedded devices. Version can be blank, if removal is desired. */
  readonly release: ActionMethod<EmbeddedDeploymentsReleaseParams, Success>;
  /** Remove: Remove all embedded deployments from a device, remove all embedded deployments of a workflow, or remove a specific workflow from a specific device */
  readonly remove: ActionMethod<EmbeddedDeploymentsRemoveParams, Success>;
  /** Replace: Replace deployments of an embedded workflow version with a new version. New version can be blank, if removal is desired. */
  readonly replace: ActionMethod<EmbeddedDeploymentsReplaceParams, Success>;
}

/** The params type of each action of `client.embeddedDeployments`. */
export interface EmbeddedDeploymentsParamsMap {
  export: EmbeddedDeploymentsExportParams;
  get: EmbeddedDeploymentsGetParams;
  release: EmbeddedDeploymentsReleaseParams;
  remove: EmbeddedDeploymentsRemoveParams;
  replace: EmbeddedDeploymentsReplaceParams;
}

/** The result type of each action of `client.embeddedDeployments`. */
export interface EmbeddedDeploymentsResultMap {
  export: JobEnqueuedAPIResult;
  get: EmbeddedDeployments;
  release: Success;
  remove: Success;
  replace: Success;
}

/** Params of `client.event.delete`: Delete. */
export interface EventDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the event */
  eventId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.event.get`: Get. */
export interface EventGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the event */
  eventId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.event.patch`: Patch. */
export interface EventPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the event */
  eventId: string;
  /** Object containing new properties of the event */
  event?: EventPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.event`. */
export interface EventApi {
  /** Delete: Deletes an event */
  readonly delete: ActionMethod<EventDeleteParams, Success>;
  /** Get: Retrieves information on an event */
  readonly get: ActionMethod<EventGetParams, Event>;
  /** Patch: Updates information about an event */
  readonly patch: ActionMethod<EventPatchParams, Event>;
}

/** The params type of each action of `client.event`. */
export interface EventParamsMap {
  delete: EventDeleteParams;
  get: EventGetParams;
  patch: EventPatchParams;
}

/** The result type of each action of `client.event`. */
export interface EventResultMap {
  delete: Success;
  get: Event;
  patch: Event;
}

/** Params of `client.events.delete`: Delete. */
export interface EventsDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Query to apply to filter the events */
  query?: AdvancedEventQuery;
  /** Email address to send job complete notification to. Defaults to current user's email. */
  email?: string | number | boolean;
  /** Callback URL to call with delete result */
  callbackUrl?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.events.export`: Export. */
export interface EventsExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Export options for events */
  exportData?: EventExportOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.events.get`: Get. */
export interface EventsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: subject, id, creationDate, lastUpdated, level, state, deviceId */
  sortField?: 'subject' | 'id' | 'creationDate' | 'lastUpdated' | 'level' | 'state' | 'deviceId';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: subject */
  filterField?: 'subject';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If provided, return events only in the given state. Accepted values are: new, acknowledged, resolved */
  state?: 'new' | 'acknowledged' | 'resolved';
  /** Event filter JSON object which overrides the filterField, filter, and state parameters. */
  query?: AdvancedEventQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.events.mostRecentBySeverity`: Most Recent by Severity. */
export interface EventsMostRecentBySeverityParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Filter to apply against event subjects. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Event filter JSON object which overrides the filter parameter. */
  query?: AdvancedEventQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.events.patch`: Patch. */
export interface EventsPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to filter the events to act on by. Blank or not provided means no filtering. Accepted values are: subject */
  filterField?: 'subject';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If provided, act on events only in the given state. Accepted values are: new, acknowledged, resolved */
  state?: 'new' | 'acknowledged' | 'resolved';
  /** Event filter JSON object which overrides the filterField, filter, and state parameters. */
  query?: AdvancedEventQuery;
  /** Email address to send a notification with update job results. Defaults to current user's email. */
  email?: string | number | boolean;
  /** Callback URL to call with update results from a job. */
  callbackUrl?: string | number | boolean;
  /** Object containing updated information for the events. */
  updates?: EventPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.events.post`: Post. */
export interface EventsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New event information */
  event: EventPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.events`. */
export interface EventsApi {
  /** Delete: Delete events */
  readonly delete: ActionMethod<EventsDeleteParams, EventsDeleted | JobEnqueuedAPIResult>;
  /** Export: Request an export of an application's event data */
  readonly export: ActionMethod<EventsExportParams, JobEnqueuedAPIResult>;
  /** Get: Returns the events for an application */
  readonly get: PagedMethod<EventsGetParams, Events, 'page'>;
  /** Most Recent by Severity: Returns the first new event ordered by severity and then creation */
  readonly mostRecentBySeverity: ActionMethod<EventsMostRecentBySeverityParams, EventPlusNewCount>;
  /** Patch: Asynchronously updates information for matching events by subject and/or current state */
  readonly patch: ActionMethod<EventsPatchParams, Success | JobEnqueuedAPIResult>;
  /** Post: Create a new event for an application */
  readonly post: ActionMethod<EventsPostParams, Event>;
}

/** The params type of each action of `client.events`. */
export interface EventsParamsMap {
  delete: EventsDeleteParams;
  export: EventsExportParams;
  get: EventsGetParams;
  mostRecentBySeverity: EventsMostRecentBySeverityParams;
  patch: EventsPatchParams;
  post: EventsPostParams;
}

/** The result type of each action of `client.events`. */
export interface EventsResultMap {
  delete: EventsDeleted | JobEnqueuedAPIResult;
  export: JobEnqueuedAPIResult;
  get: Events;
  mostRecentBySeverity: EventPlusNewCount;
  patch: Success | JobEnqueuedAPIResult;
  post: Event;
}

/** Params of `client.experience.bootstrap`: Bootstrap. */
export interface ExperienceBootstrapParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Bootstrap options */
  options?: ExperienceBootstrapOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experience.delete`: Delete. */
export interface ExperienceDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** If this is set, Experience Users will not be removed. */
  keepUsers?: string | number | boolean;
  /** If this is set, Experience Groups will not be removed. */
  keepGroups?: string | number | boolean;
  /** If this is set, Experience Slugs will not be removed. */
  keepSlugs?: string | number | boolean;
  /** If this is set, Experience Domains will not be removed. */
  keepDomains?: string | number | boolean;
  /** If this is set, all Experience Versions and their contents will be removed (except for develop). */
  removeVersions?: string | number | boolean;
  /** If this is set, Experience Views (in the develop version) will not be removed. */
  keepViews?: string | number | boolean;
  /** If this is set, Experience Endpoints (in the develop version) will not be removed. */
  keepEndpoints?: string | number | boolean;
  /** If this is set, all Experience Workflows (in the develop version) will ve removed. */
  removeWorkflows?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experience`. */
export interface ExperienceApi {
  /** Bootstrap: Bootstraps the experience for this application with standard endpoints and views */
  readonly bootstrap: ActionMethod<ExperienceBootstrapParams, ExperienceBootstrapResult>;
  /** Delete: Deletes multiple parts of an experience including users, groups, slugs, domains, versions, endpoints, views, and workflows */
  readonly delete: ActionMethod<ExperienceDeleteParams, Success>;
}

/** The params type of each action of `client.experience`. */
export interface ExperienceParamsMap {
  bootstrap: ExperienceBootstrapParams;
  delete: ExperienceDeleteParams;
}

/** The result type of each action of `client.experience`. */
export interface ExperienceResultMap {
  bootstrap: ExperienceBootstrapResult;
  delete: Success;
}

/** Params of `client.experienceDomain.delete`: Delete. */
export interface ExperienceDomainDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience domain */
  experienceDomainId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceDomain.get`: Get. */
export interface ExperienceDomainGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience domain */
  experienceDomainId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceDomain.patch`: Patch. */
export interface ExperienceDomainPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience domain */
  experienceDomainId: string;
  /** Object containing new properties of the experience domain */
  experienceDomain?: ExperienceDomainPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceDomain`. */
export interface ExperienceDomainApi {
  /** Delete: Deletes an experience domain */
  readonly delete: ActionMethod<ExperienceDomainDeleteParams, Success>;
  /** Get: Retrieves information on an experience domain */
  readonly get: ActionMethod<ExperienceDomainGetParams, ExperienceDomain>;
  /** Patch: Updates information about an experience domain */
  readonly patch: ActionMethod<ExperienceDomainPatchParams, ExperienceDomain>;
}

/** The params type of each action of `client.experienceDomain`. */
export interface ExperienceDomainParamsMap {
  delete: ExperienceDomainDeleteParams;
  get: ExperienceDomainGetParams;
  patch: ExperienceDomainPatchParams;
}

/** The result type of each action of `client.experienceDomain`. */
export interface ExperienceDomainResultMap {
  delete: Success;
  get: ExperienceDomain;
  patch: ExperienceDomain;
}

/** Params of `client.experienceDomains.get`: Get. */
export interface ExperienceDomainsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceDomains.post`: Post. */
export interface ExperienceDomainsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience domain information */
  experienceDomain: ExperienceDomainPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceDomains`. */
export interface ExperienceDomainsApi {
  /** Get: Returns the experience domains for an application */
  readonly get: ActionMethod<ExperienceDomainsGetParams, ExperienceDomains>;
  /** Post: Create a new experience domain for an application */
  readonly post: ActionMethod<ExperienceDomainsPostParams, ExperienceDomain>;
}

/** The params type of each action of `client.experienceDomains`. */
export interface ExperienceDomainsParamsMap {
  get: ExperienceDomainsGetParams;
  post: ExperienceDomainsPostParams;
}

/** The result type of each action of `client.experienceDomains`. */
export interface ExperienceDomainsResultMap {
  get: ExperienceDomains;
  post: ExperienceDomain;
}

/** Params of `client.experienceEndpoint.delete`: Delete. */
export interface ExperienceEndpointDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience endpoint */
  experienceEndpointId: string;
  /** If the workflows that utilize this experience endpoint should also be deleted. */
  includeWorkflows?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceEndpoint.get`: Get. */
export interface ExperienceEndpointGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience endpoint */
  experienceEndpointId: string;
  /** Version of this experience endpoint to return */
  version?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceEndpoint.linkedResources`: Linked Resources. */
export interface ExperienceEndpointLinkedResourcesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience endpoint */
  experienceEndpointId: string;
  /** Version of this experience endpoint to query */
  version?: string | number | boolean;
  /** If the result of the request should also include the details of any custom nodes referenced by returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceEndpoint.patch`: Patch. */
export interface ExperienceEndpointPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience endpoint */
  experienceEndpointId: string;
  /** Object containing new properties of the experience endpoint */
  experienceEndpoint?: ExperienceEndpointPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceEndpoint`. */
export interface ExperienceEndpointApi {
  /** Delete: Deletes an experience endpoint */
  readonly delete: ActionMethod<ExperienceEndpointDeleteParams, Success>;
  /** Get: Retrieves information on an experience endpoint */
  readonly get: ActionMethod<ExperienceEndpointGetParams, ExperienceEndpoint>;
  /** Linked Resources: Retrieves information on resources linked to an experience endpoint */
  readonly linkedResources: ActionMethod<ExperienceEndpointLinkedResourcesParams, ExperienceLinkedResources>;
  /** Patch: Updates information about an experience endpoint */
  readonly patch: ActionMethod<ExperienceEndpointPatchParams, ExperienceEndpoint>;
}

/** The params type of each action of `client.experienceEndpoint`. */
export interface ExperienceEndpointParamsMap {
  delete: ExperienceEndpointDeleteParams;
  get: ExperienceEndpointGetParams;
  linkedResources: ExperienceEndpointLinkedResourcesParams;
  patch: ExperienceEndpointPatchParams;
}

/** The result type of each action of `client.experienceEndpoint`. */
export interface ExperienceEndpointResultMap {
  delete: Success;
  get: ExperienceEndpoint;
  linkedResources: ExperienceLinkedResources;
  patch: ExperienceEndpoint;
}

/** Params of `client.experienceEndpoints.get`: Get. */
export interface ExperienceEndpointsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: order, method, route, id, creationDate, requestCount, lastUpdated */
  sortField?: 'order' | 'method' | 'route' | 'id' | 'creationDate' | 'requestCount' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: method, route */
  filterField?: 'method' | 'route';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter endpoints to those only in the specified group */
  experienceGroupId?: string | number | boolean;
  /** If set, a count of recent requests is included on each endpoint for the duration requested (milliseconds) */
  requestCountDuration?: string | number | boolean;
  /** Return the experience endpoints belonging to this version */
  version?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceEndpoints.post`: Post. */
export interface ExperienceEndpointsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience endpoint information */
  experienceEndpoint: ExperienceEndpointPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceEndpoints.stats`: Stats. */
export interface ExperienceEndpointsStatsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to group the statistics by. Accepted values are: statusCode, endpointId, version, domain */
  statGrouping?: 'statusCode' | 'endpointId' | 'version' | 'domain';
  /** Duration in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Resolution in milliseconds */
  resolution?: string | number | boolean;
  /** Filters the stats to a particular experience version */
  versionFilter?: string | number | boolean;
  /** Filters the stats to a particular experience domain or slug */
  domainFilter?: string | number | boolean;
  /** Filters the stats to a particular status code */
  statusCodeFilter?: string | number | boolean;
  /** Filters the stats to a particular endpoint */
  endpointIdFilter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceEndpoints`. */
export interface ExperienceEndpointsApi {
  /** Get: Returns the experience endpoints for an application */
  readonly get: ActionMethod<ExperienceEndpointsGetParams, ExperienceEndpoints>;
  /** Post: Create a new experience endpoint for an application */
  readonly post: ActionMethod<ExperienceEndpointsPostParams, ExperienceEndpoint>;
  /** Stats: Get statistics about endpoint requests */
  readonly stats: ActionMethod<ExperienceEndpointsStatsParams, ExperienceEndpointStats>;
}

/** The params type of each action of `client.experienceEndpoints`. */
export interface ExperienceEndpointsParamsMap {
  get: ExperienceEndpointsGetParams;
  post: ExperienceEndpointsPostParams;
  stats: ExperienceEndpointsStatsParams;
}

/** The result type of each action of `client.experienceEndpoints`. */
export interface ExperienceEndpointsResultMap {
  get: ExperienceEndpoints;
  post: ExperienceEndpoint;
  stats: ExperienceEndpointStats;
}

/** Params of `client.experienceGroup.delete`: Delete. */
export interface ExperienceGroupDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience group */
  experienceGroupId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceGroup.get`: Get. */
export interface ExperienceGroupGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience group */
  experienceGroupId: string;
  /** Whether or not to return count of devices associated directly with this group */
  includeDirectDeviceCount?: 'true' | 'false' | boolean;
  /** Whether or not to return count of devices associated with this group or any of its descendants */
  includeTotalDeviceCount?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceGroup.patch`: Patch. */
export interface ExperienceGroupPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience group */
  experienceGroupId: string;
  /** Object containing new properties of the experience group */
  experienceGroup?: ExperienceGroupPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceGroup`. */
export interface ExperienceGroupApi {
  /** Delete: Deletes an experience group */
  readonly delete: ActionMethod<ExperienceGroupDeleteParams, Success>;
  /** Get: Retrieves information on an experience group */
  readonly get: ActionMethod<ExperienceGroupGetParams, ExperienceGroup>;
  /** Patch: Updates information about an experience group */
  readonly patch: ActionMethod<ExperienceGroupPatchParams, ExperienceGroup>;
}

/** The params type of each action of `client.experienceGroup`. */
export interface ExperienceGroupParamsMap {
  delete: ExperienceGroupDeleteParams;
  get: ExperienceGroupGetParams;
  patch: ExperienceGroupPatchParams;
}

/** The result type of each action of `client.experienceGroup`. */
export interface ExperienceGroupResultMap {
  delete: Success;
  get: ExperienceGroup;
  patch: ExperienceGroup;
}

/** Params of `client.experienceGroups.get`: Get. */
export interface ExperienceGroupsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Experience group filter JSON object which overrides the filter and filterField fields. */
  query?: AdvancedExperienceGroupQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceGroups.post`: Post. */
export interface ExperienceGroupsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience group information */
  experienceGroup: ExperienceGroupPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceGroups`. */
export interface ExperienceGroupsApi {
  /** Get: Returns the experience groups for an application */
  readonly get: PagedMethod<ExperienceGroupsGetParams, ExperienceGroups, 'page'>;
  /** Post: Create a new experience group for an application */
  readonly post: ActionMethod<ExperienceGroupsPostParams, ExperienceGroup>;
}

/** The params type of each action of `client.experienceGroups`. */
export interface ExperienceGroupsParamsMap {
  get: ExperienceGroupsGetParams;
  post: ExperienceGroupsPostParams;
}

/** The result type of each action of `client.experienceGroups`. */
export interface ExperienceGroupsResultMap {
  get: ExperienceGroups;
  post: ExperienceGroup;
}

/** Params of `client.experienceSlug.delete`: Delete. */
export interface ExperienceSlugDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience slug */
  experienceSlugId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceSlug.get`: Get. */
export interface ExperienceSlugGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience slug */
  experienceSlugId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceSlug.patch`: Patch. */
export interface ExperienceSlugPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience slug */
  experienceSlugId: string;
  /** Object containing new properties of the experience slug */
  experienceSlug?: ExperienceSlugPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceSlug`. */
export interface ExperienceSlugApi {
  /** Delete: Deletes an experience slug */
  readonly delete: ActionMethod<ExperienceSlugDeleteParams, Success>;
  /** Get: Retrieves information on an experience slug */
  readonly get: ActionMethod<ExperienceSlugGetParams, ExperienceSlug>;
  /** Patch: Updates information about an experience slug */
  readonly patch: ActionMethod<ExperienceSlugPatchParams, ExperienceSlug>;
}

/** The params type of each action of `client.experienceSlug`. */
export interface ExperienceSlugParamsMap {
  delete: ExperienceSlugDeleteParams;
  get: ExperienceSlugGetParams;
  patch: ExperienceSlugPatchParams;
}

/** The result type of each action of `client.experienceSlug`. */
export interface ExperienceSlugResultMap {
  delete: Success;
  get: ExperienceSlug;
  patch: ExperienceSlug;
}

/** Params of `client.experienceSlugs.get`: Get. */
export interface ExperienceSlugsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceSlugs.post`: Post. */
export interface ExperienceSlugsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience slug information */
  experienceSlug: ExperienceSlugPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceSlugs`. */
export interface ExperienceSlugsApi {
  /** Get: Returns the experience slugs for an application */
  readonly get: ActionMethod<ExperienceSlugsGetParams, ExperienceSlugs>;
  /** Post: Create a new experience slug for an application */
  readonly post: ActionMethod<ExperienceSlugsPostParams, ExperienceSlug>;
}

/** The params type of each action of `client.experienceSlugs`. */
export interface ExperienceSlugsParamsMap {
  get: ExperienceSlugsGetParams;
  post: ExperienceSlugsPostParams;
}

/** The result type of each action of `client.experienceSlugs`. */
export interface ExperienceSlugsResultMap {
  get: ExperienceSlugs;
  post: ExperienceSlug;
}

/** Params of `client.experienceUser.delete`: Delete. */
export interface ExperienceUserDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience user */
  experienceUserId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceUser.get`: Get. */
export interface ExperienceUserGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience user */
  experienceUserId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceUser.patch`: Patch. */
export interface ExperienceUserPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience user */
  experienceUserId: string;
  /** Object containing new properties of the experience user */
  experienceUser?: ExperienceUserPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceUser`. */
export interface ExperienceUserApi {
  /** Delete: Deletes an experience user */
  readonly delete: ActionMethod<ExperienceUserDeleteParams, Success>;
  /** Get: Retrieves information on an experience user */
  readonly get: ActionMethod<ExperienceUserGetParams, ExperienceUser>;
  /** Patch: Updates information about an experience user */
  readonly patch: ActionMethod<ExperienceUserPatchParams, ExperienceUser>;
}

/** The params type of each action of `client.experienceUser`. */
export interface ExperienceUserParamsMap {
  delete: ExperienceUserDeleteParams;
  get: ExperienceUserGetParams;
  patch: ExperienceUserPatchParams;
}

/** The result type of each action of `client.experienceUser`. */
export interface ExperienceUserResultMap {
  delete: Success;
  get: ExperienceUser;
  patch: ExperienceUser;
}

/** Params of `client.experienceUsers.get`: Get. */
export interface ExperienceUsersGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: firstName, lastName, email, id, creationDate, lastLogin, lastUpdated */
  sortField?: 'firstName' | 'lastName' | 'email' | 'id' | 'creationDate' | 'lastLogin' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: firstName, lastName, email */
  filterField?: 'firstName' | 'lastName' | 'email';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter users to those only in the specified group, special experienceGroupIds of 'any' which will give users who are in at least one group and 'none' will give you users who are not in any groups. */
  experienceGroupId?: string | number | boolean;
  /** If set will include members from ancestors of the specified experienceGroupId */
  includeAncestorGroups?: string | number | boolean;
  /** Experience user filter JSON object which overrides all other filter params. */
  query?: AdvancedExperienceUserQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceUsers.post`: Post. */
export interface ExperienceUsersPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience user information */
  experienceUser: ExperienceUserPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceUsers`. */
export interface ExperienceUsersApi {
  /** Get: Returns the experience users for an application */
  readonly get: PagedMethod<ExperienceUsersGetParams, ExperienceUsers, 'page'>;
  /** Post: Create a new experience user for an application */
  readonly post: ActionMethod<ExperienceUsersPostParams, ExperienceUser>;
}

/** The params type of each action of `client.experienceUsers`. */
export interface ExperienceUsersParamsMap {
  get: ExperienceUsersGetParams;
  post: ExperienceUsersPostParams;
}

/** The result type of each action of `client.experienceUsers`. */
export interface ExperienceUsersResultMap {
  get: ExperienceUsers;
  post: ExperienceUser;
}

/** Params of `client.experienceVersion.delete`: Delete. */
export interface ExperienceVersionDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Version ID or version name associated with the experience version */
  experienceVersionIdOrName: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceVersion.get`: Get. */
export interface ExperienceVersionGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Version ID or version name associated with the experience version */
  experienceVersionIdOrName: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceVersion.patch`: Patch. */
export interface ExperienceVersionPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Version ID or version name associated with the experience version */
  experienceVersionIdOrName: string;
  /** Object containing new properties of the experience version */
  experienceVersion?: ExperienceVersionPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceVersion`. */
export interface ExperienceVersionApi {
  /** Delete: Deletes an experience version */
  readonly delete: ActionMethod<ExperienceVersionDeleteParams, Success>;
  /** Get: Retrieves information on an experience version */
  readonly get: ActionMethod<ExperienceVersionGetParams, ExperienceVersion>;
  /** Patch: Updates information about an experience version */
  readonly patch: ActionMethod<ExperienceVersionPatchParams, ExperienceVersion>;
}

/** The params type of each action of `client.experienceVersion`. */
export interface ExperienceVersionParamsMap {
  delete: ExperienceVersionDeleteParams;
  get: ExperienceVersionGetParams;
  patch: ExperienceVersionPatchParams;
}

/** The result type of each action of `client.experienceVersion`. */
export interface ExperienceVersionResultMap {
  delete: Success;
  get: ExperienceVersion;
  patch: ExperienceVersion;
}

/** Params of `client.experienceVersions.get`: Get. */
export interface ExperienceVersionsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: version, id, creationDate, lastUpdated */
  sortField?: 'version' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: version */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceVersions.post`: Post. */
export interface ExperienceVersionsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience version information */
  experienceVersion: ExperienceVersionPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceVersions`. */
export interface ExperienceVersionsApi {
  /** Get: Returns the experience versions for an application */
  readonly get: PagedMethod<ExperienceVersionsGetParams, ExperienceVersions, 'page'>;
  /** Post: Create a new experience version for an application */
  readonly post: ActionMethod<ExperienceVersionsPostParams, ExperienceVersion>;
}

/** The params type of each action of `client.experienceVersions`. */
export interface ExperienceVersionsParamsMap {
  get: ExperienceVersionsGetParams;
  post: ExperienceVersionsPostParams;
}

/** The result type of each action of `client.experienceVersions`. */
export interface ExperienceVersionsResultMap {
  get: ExperienceVersions;
  post: ExperienceVersion;
}

/** Params of `client.experienceView.delete`: Delete. */
export interface ExperienceViewDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience view */
  experienceViewId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceView.get`: Get. */
export interface ExperienceViewGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience view */
  experienceViewId: string;
  /** Version of this experience view to return */
  version?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceView.linkedResources`: Linked Resources. */
export interface ExperienceViewLinkedResourcesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience view */
  experienceViewId: string;
  /** Version of this experience view to query */
  version?: string | number | boolean;
  /** If the result of the request should also include the details of any custom nodes referenced by returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceView.patch`: Patch. */
export interface ExperienceViewPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the experience view */
  experienceViewId: string;
  /** Object containing new properties of the experience view */
  experienceView?: ExperienceViewPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceView`. */
export interface ExperienceViewApi {
  /** Delete: Deletes an experience view */
  readonly delete: ActionMethod<ExperienceViewDeleteParams, Success>;
  /** Get: Retrieves information on an experience view */
  readonly get: ActionMethod<ExperienceViewGetParams, ExperienceView>;
  /** Linked Resources: Retrieves information on resources linked to an experience view */
  readonly linkedResources: ActionMethod<ExperienceViewLinkedResourcesParams, ExperienceLinkedResources>;
  /** Patch: Updates information about an experience view */
  readonly patch: ActionMethod<ExperienceViewPatchParams, ExperienceView>;
}

/** The params type of each action of `client.experienceView`. */
export interface ExperienceViewParamsMap {
  delete: ExperienceViewDeleteParams;
  get: ExperienceViewGetParams;
  linkedResources: ExperienceViewLinkedResourcesParams;
  patch: ExperienceViewPatchParams;
}

/** The result type of each action of `client.experienceView`. */
export interface ExperienceViewResultMap {
  delete: Success;
  get: ExperienceView;
  linkedResources: ExperienceLinkedResources;
  patch: ExperienceView;
}

/** Params of `client.experienceViews.get`: Get. */
export interface ExperienceViewsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: id, creationDate, name, lastUpdated */
  sortField?: 'id' | 'creationDate' | 'name' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter views to those only of the given type. Accepted values are: page, layout, component */
  viewType?: 'page' | 'layout' | 'component';
  /** Return the experience views belonging to this version */
  version?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.experienceViews.post`: Post. */
export interface ExperienceViewsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New experience view information */
  experienceView: ExperienceViewPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.experienceViews`. */
export interface ExperienceViewsApi {
  /** Get: Returns the experience views for an application */
  readonly get: PagedMethod<ExperienceViewsGetParams, ExperienceViews, 'page'>;
  /** Post: Create a new experience view for an application */
  readonly post: ActionMethod<ExperienceViewsPostParams, ExperienceView>;
}

/** The params type of each action of `client.experienceViews`. */
export interface ExperienceViewsParamsMap {
  get: ExperienceViewsGetParams;
  post: ExperienceViewsPostParams;
}

/** The result type of each action of `client.experienceViews`. */
export interface ExperienceViewsResultMap {
  get: ExperienceViews;
  post: ExperienceView;
}

/** Params of `client.file.delete`: Delete. */
export interface FileDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the file */
  fileId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.file.get`: Get. */
export interface FileGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the file */
  fileId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.file.move`: Move. */
export interface FileMoveParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the file */
  fileId: string;
  /** The new name of the file or directory */
  name?: string | number | boolean;
  /** The new parent directory for the file or directory to move into. */
  parentDirectory?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.file.patch`: Patch. */
export interface FilePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the file */
  fileId: string;
  /** Updated information about the file */
  updates?: FilePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.file.upload`: Upload. */
export interface FileUploadParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the file */
  fileId: string;
  /** The content of the file to upload */
  file: UploadFile;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.file`. */
export interface FileApi {
  /** Delete: Deletes a file or directory, if directory all the contents that directory will also be removed. */
  readonly delete: ActionMethod<FileDeleteParams, Success>;
  /** Get: Retrieves information on a file */
  readonly get: ActionMethod<FileGetParams, FileSchema>;
  /** Move: Move a file or the entire contents of a directory */
  readonly move: ActionMethod<FileMoveParams, FileSchema>;
  /** Patch: Reupload a file */
  readonly patch: ActionMethod<FilePatchParams, FileUploadPostResponse>;
  /** Upload: Uploads the file */
  readonly upload: ActionMethod<FileUploadParams, FileSchema>;
}

/** The params type of each action of `client.file`. */
export interface FileParamsMap {
  delete: FileDeleteParams;
  get: FileGetParams;
  move: FileMoveParams;
  patch: FilePatchParams;
  upload: FileUploadParams;
}

/** The result type of each action of `client.file`. */
export interface FileResultMap {
  delete: Success;
  get: FileSchema;
  move: FileSchema;
  patch: FileUploadPostResponse;
  upload: FileSchema;
}

/** Params of `client.files.get`: Get. */
export interface FilesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: lastUpdated, type, name, creationDate */
  sortField?: 'lastUpdated' | 'type' | 'name' | 'creationDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Limit by the type (file or directory) of the file */
  type?: string | number | boolean;
  /** Limit the result to only files of this status. Accepted values are: completed, pending */
  status?: 'completed' | 'pending';
  /** Get files that are inside of this directory */
  directory?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.files.post`: Post. */
export interface FilesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New file information */
  file: FilePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.files`. */
export interface FilesApi {
  /** Get: Returns the files for an application */
  readonly get: PagedMethod<FilesGetParams, FilesSchema, 'page'>;
  /** Post: Create a new file for an application */
  readonly post: ActionMethod<FilesPostParams, FileUploadPostResponse>;
}

/** The params type of each action of `client.files`. */
export interface FilesParamsMap {
  get: FilesGetParams;
  post: FilesPostParams;
}

/** The result type of each action of `client.files`. */
export interface FilesResultMap {
  get: FilesSchema;
  post: FileUploadPostResponse;
}

/** Params of `client.flow.clearStorageEntries`: Clear Storage Entries. */
export interface FlowClearStorageEntriesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.delete`: Delete. */
export interface FlowDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.errors`: Errors. */
export interface FlowErrorsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Maximum number of errors to return */
  limit?: string | number | boolean;
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Flow version name or ID. When not included, will be errors for all versions. Pass develop for just the develop version. */
  flowVersion?: string | number | boolean;
  /** For edge or embedded workflows, the Device ID for which to return workflow errors. When not included, will be errors for all device IDs. */
  deviceId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.get`: Get. */
export interface FlowGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.getLogEntries`: Get Log Entries. */
export interface FlowGetLogEntriesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.getStorageEntries`: Get Storage Entries. */
export interface FlowGetStorageEntriesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.getStorageEntriesMetadata`: Get Storage Entries Metadata. */
export interface FlowGetStorageEntriesMetadataParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.patch`: Patch. */
export interface FlowPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Object containing new properties of the flow */
  flow?: WorkflowPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.pressVirtualButton`: Press Virtual Button. */
export interface FlowPressVirtualButtonParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Object containing button key and payload */
  button: VirtualButtonPress;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.setStorageEntry`: Set Storage Entry. */
export interface FlowSetStorageEntryParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Object containing storage entry */
  entry: WorkflowStorageEntry;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flow.stats`: Stats. */
export interface FlowStatsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Resolution in milliseconds */
  resolution?: string | number | boolean;
  /** Flow version name or ID. When not included, will be aggregate for all versions. Pass develop for just the develop version. */
  flowVersion?: string | number | boolean;
  /** For edge or embedded workflows, the device ID to return workflow stats for. When not included, will be aggregate for all device IDs. */
  deviceId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.flow`. */
export interface FlowApi {
  /** Clear Storage Entries: Clear all storage entries */
  readonly clearStorageEntries: ActionMethod<FlowClearStorageEntriesParams, WorkflowStorageEntries>;
  /** Delete: Deletes a flow */
  readonly delete: ActionMethod<FlowDeleteParams, Success>;
  /** Errors: Get information about errors that occurred during runs of this workflow */
  readonly errors: ActionMethod<FlowErrorsParams, WorkflowErrors>;
  /** Get: Retrieves information on a flow */
  readonly get: ActionMethod<FlowGetParams, Workflow>;
  /** Get Log Entries: Retrieve the recent log entries about runs of this workflow */
  readonly getLogEntries: ActionMethod<FlowGetLogEntriesParams, WorkflowLog>;
  /** Get Storage Entries: Gets the current values in persistent storage */
  readonly getStorageEntries: ActionMethod<FlowGetStorageEntriesParams, WorkflowStorageEntries>;
  /** Get Storage Entries Metadata: Gets metadata about storage for this flow */
  readonly getStorageEntriesMetadata: ActionMethod<FlowGetStorageEntriesMetadataParams, GetWorkflowStorageEntriesMetadata>;
  /** Patch: Updates information about a flow */
  readonly patch: ActionMethod<FlowPatchParams, Workflow>;
  /** Press Virtual Button: Presses the specified virtual button on the flow */
  readonly pressVirtualButton: ActionMethod<FlowPressVirtualButtonParams, Success>;
  /** Set Storage Entry: Sets a storage value */
  readonly setStorageEntry: ActionMethod<FlowSetStorageEntryParams, Success>;
  /** Stats: Get statistics about workflow runs for this workflow */
  readonly stats: ActionMethod<FlowStatsParams, WorkflowStatistics>;
}

/** The params type of each action of `client.flow`. */
export interface FlowParamsMap {
  clearStorageEntries: FlowClearStorageEntriesParams;
  delete: FlowDeleteParams;
  errors: FlowErrorsParams;
  get: FlowGetParams;
  getLogEntries: FlowGetLogEntriesParams;
  getStorageEntries: FlowGetStorageEntriesParams;
  getStorageEntriesMetadata: FlowGetStorageEntriesMetadataParams;
  patch: FlowPatchParams;
  pressVirtualButton: FlowPressVirtualButtonParams;
  setStorageEntry: FlowSetStorageEntryParams;
  stats: FlowStatsParams;
}

/** The result type of each action of `client.flow`. */
export interface FlowResultMap {
  clearStorageEntries: WorkflowStorageEntries;
  delete: Success;
  errors: WorkflowErrors;
  get: Workflow;
  getLogEntries: WorkflowLog;
  getStorageEntries: WorkflowStorageEntries;
  getStorageEntriesMetadata: GetWorkflowStorageEntriesMetadata;
  patch: Workflow;
  pressVirtualButton: Success;
  setStorageEntry: Success;
  stats: WorkflowStatistics;
}

/** Params of `client.flowVersion.delete`: Delete. */
export interface FlowVersionDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersion.errors`: Errors. */
export interface FlowVersionErrorsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Maximum number of errors to return */
  limit?: string | number | boolean;
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** For edge workflows, the Device ID to return workflow errors for. When not included, will be errors for all device IDs. */
  deviceId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersion.get`: Get. */
export interface FlowVersionGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersion.getLogEntries`: Get Log Entries. */
export interface FlowVersionGetLogEntriesParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersion.patch`: Patch. */
export interface FlowVersionPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Object containing new properties of the flow version */
  flowVersion?: WorkflowVersionPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersion.stats`: Stats. */
export interface FlowVersionStatsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Version ID or version name associated with the flow version */
  flowVersionId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Resolution in milliseconds */
  resolution?: string | number | boolean;
  /** For edge workflows, the device ID to return workflow stats for. When not included, will be aggregate for all device IDs. */
  deviceId?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.flowVersion`. */
export interface FlowVersionApi {
  /** Delete: Deletes a flow version */
  readonly delete: ActionMethod<FlowVersionDeleteParams, Success>;
  /** Errors: Get information about errors that occurred during runs of this workflow version */
  readonly errors: ActionMethod<FlowVersionErrorsParams, WorkflowErrors>;
  /** Get: Retrieves information on a flow version */
  readonly get: ActionMethod<FlowVersionGetParams, WorkflowVersion>;
  /** Get Log Entries: Retrieve the recent log entries about runs of this workflow version */
  readonly getLogEntries: ActionMethod<FlowVersionGetLogEntriesParams, WorkflowLog>;
  /** Patch: Updates information about a flow version */
  readonly patch: ActionMethod<FlowVersionPatchParams, WorkflowVersion>;
  /** Stats: Get statistics about workflow runs for this workflow version */
  readonly stats: ActionMethod<FlowVersionStatsParams, WorkflowStatistics>;
}

/** The params type of each action of `client.flowVersion`. */
export interface FlowVersionParamsMap {
  delete: FlowVersionDeleteParams;
  errors: FlowVersionErrorsParams;
  get: FlowVersionGetParams;
  getLogEntries: FlowVersionGetLogEntriesParams;
  patch: FlowVersionPatchParams;
  stats: FlowVersionStatsParams;
}

/** The result type of each action of `client.flowVersion`. */
export interface FlowVersionResultMap {
  delete: Success;
  errors: WorkflowErrors;
  get: WorkflowVersion;
  getLogEntries: WorkflowLog;
  patch: WorkflowVersion;
  stats: WorkflowStatistics;
}

/** Params of `client.flowVersions.delete`: Delete. */
export interface FlowVersionsDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Object containing flow version deletion options */
  options: FlowVersionsDeletePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersions.get`: Get. */
export interface FlowVersionsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** Field to sort the results by. Accepted values are: version, id, creationDate, lastUpdated */
  sortField?: 'version' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: version */
  filterField?: 'version';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Workflow filter JSON object which overrides the filterField and filter parameters. */
  query?: AdvancedWorkflowVersionQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flowVersions.post`: Post. */
export interface FlowVersionsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the flow */
  flowId: string;
  /** New flow version information */
  flowVersion: WorkflowVersionPost;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Allow replacement of an existing flow version with same version name */
  allowReplacement?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.flowVersions`. */
export interface FlowVersionsApi {
  /** Delete: Delete flow versions */
  readonly delete: ActionMethod<FlowVersionsDeleteParams, BulkDeletionResponse | JobEnqueuedAPIResult>;
  /** Get: Returns the flow versions for a flow */
  readonly get: PagedMethod<FlowVersionsGetParams, WorkflowVersions, 'page'>;
  /** Post: Create or replace a flow version for a flow */
  readonly post: ActionMethod<FlowVersionsPostParams, WorkflowVersion>;
}

/** The params type of each action of `client.flowVersions`. */
export interface FlowVersionsParamsMap {
  delete: FlowVersionsDeleteParams;
  get: FlowVersionsGetParams;
  post: FlowVersionsPostParams;
}

/** The result type of each action of `client.flowVersions`. */
export interface FlowVersionsResultMap {
  delete: BulkDeletionResponse | JobEnqueuedAPIResult;
  get: WorkflowVersions;
  post: WorkflowVersion;
}

/** Params of `client.flows.get`: Get. */
export interface FlowsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter the workflows by the given flow class. Accepted values are: edge, embedded, cloud, customNode, experience */
  flowClass?: 'edge' | 'embedded' | 'cloud' | 'customNode' | 'experience';
  /** Array of triggers to filter by - always filters against default flow version. */
  triggerFilter?: WorkflowTriggerFilter;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Workflow filter JSON object which overrides the filterField, filter, triggerFilter, and flowClass parameters. */
  query?: AdvancedWorkflowQuery;
  /** If the request should also return flows with matching versions. Only applicable for requests with an advanced query. */
  allVersions?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flows.getByVersion`: Get by Version. */
export interface FlowsGetByVersionParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Filter the workflows by the given flow class. Accepted values are: edge, embedded, cloud, customNode, experience */
  flowClass?: 'edge' | 'embedded' | 'cloud' | 'customNode' | 'experience';
  /** Return the workflow versions for the given version. */
  version: string | number | boolean;
  /** Array of triggers to filter by - always filters against default flow version. */
  triggerFilter?: WorkflowTriggerFilter;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Workflow filter JSON object which overrides the filterField, filter, triggerFilter, and flowClass parameters. */
  query?: AdvancedWorkflowByVersionQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flows.import`: Import. */
export interface FlowsImportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New flow and flow version information */
  importData?: WorkflowsImportPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flows.palette`: Palette. */
export interface FlowsPaletteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.flows.post`: Post. */
export interface FlowsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New flow information */
  flow: WorkflowPost;
  /** If the result of the request should also include the details of any custom nodes referenced by the returned workflows */
  includeCustomNodes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.flows`. */
export interface FlowsApi {
  /** Get: Returns the flows for an application */
  readonly get: PagedMethod<FlowsGetParams, Workflows, 'page'>;
  /** Get by Version: Returns the flows by version for an application */
  readonly getByVersion: PagedMethod<FlowsGetByVersionParams, WorkflowVersions, 'page'>;
  /** Import: Import a set of flows and flow versions */
  readonly import: ActionMethod<FlowsImportParams, WorkflowImportResult>;
  /** Palette: Gets additional nodes that should be available in the palette */
  readonly palette: ActionMethod<FlowsPaletteParams, PaletteResponse>;
  /** Post: Create a new flow for an application */
  readonly post: ActionMethod<FlowsPostParams, Workflow>;
}

/** The params type of each action of `client.flows`. */
export interface FlowsParamsMap {
  get: FlowsGetParams;
  getByVersion: FlowsGetByVersionParams;
  import: FlowsImportParams;
  palette: FlowsPaletteParams;
  post: FlowsPostParams;
}

/** The result type of each action of `client.flows`. */
export interface FlowsResultMap {
  get: Workflows;
  getByVersion: WorkflowVersions;
  import: WorkflowImportResult;
  palette: PaletteResponse;
  post: Workflow;
}

/** Params of `client.instance.deviceCounts`: Device Counts. */
export interface InstanceDeviceCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.generateReport`: Generate Report. */
export interface InstanceGenerateReportParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Object containing report configuration */
  options?: InstanceReportOptionsPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.get`: Get. */
export interface InstanceGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.historicalSummaries`: Historical Summaries. */
export interface InstanceHistoricalSummariesParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Timestamp within the month to report a summary for. */
  month?: string | number | boolean;
  /** Field to sort the results by. Accepted values are: resourceId, currentPeriodStart */
  sortField?: 'resourceId' | 'currentPeriodStart';
  /** Direction to sort the results in. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: resourceType, resourceId, ownerId, ownerType */
  filterField?: 'resourceType' | 'resourceId' | 'ownerId' | 'ownerType';
  /** Filter to apply against the filtered field. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.notebookMinuteCounts`: Notebook Minute Counts. */
export interface InstanceNotebookMinuteCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.patch`: Patch. */
export interface InstancePatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Updated instance information */
  instance?: InstancePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.payloadCounts`: Payload Counts. */
export interface InstancePayloadCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instance.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface InstancePayloadCountsBreakdownParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instance`. */
export interface InstanceApi {
  /** Device Counts: Returns device counts by day for the time range specified for this instance */
  readonly deviceCounts: ActionMethod<InstanceDeviceCountsParams, DeviceCounts>;
  /** Generate Report: Generates a CSV report on instance stats */
  readonly generateReport: ActionMethod<InstanceGenerateReportParams, JobEnqueuedAPIResult>;
  /** Get: Returns an instance */
  readonly get: ActionMethod<InstanceGetParams, Instance>;
  /** Historical Summaries: Return historical summary entries for an instance */
  readonly historicalSummaries: PagedMethod<InstanceHistoricalSummariesParams, HistoricalSummaries, 'page'>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for this instance */
  readonly notebookMinuteCounts: ActionMethod<InstanceNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about an instance */
  readonly patch: ActionMethod<InstancePatchParams, Instance>;
  /** Payload Counts: Returns payload counts for the time range specified for this instance */
  readonly payloadCounts: ActionMethod<InstancePayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for this instance */
  readonly payloadCountsBreakdown: ActionMethod<InstancePayloadCountsBreakdownParams, PayloadCountsBreakdown>;
}

/** The params type of each action of `client.instance`. */
export interface InstanceParamsMap {
  deviceCounts: InstanceDeviceCountsParams;
  generateReport: InstanceGenerateReportParams;
  get: InstanceGetParams;
  historicalSummaries: InstanceHistoricalSummariesParams;
  notebookMinuteCounts: InstanceNotebookMinuteCountsParams;
  patch: InstancePatchParams;
  payloadCounts: InstancePayloadCountsParams;
  payloadCountsBreakdown: InstancePayloadCountsBreakdownParams;
}

/** The result type of each action of `client.instance`. */
export interface InstanceResultMap {
  deviceCounts: DeviceCounts;
  generateReport: JobEnqueuedAPIResult;
  get: Instance;
  historicalSummaries: HistoricalSummaries;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: Instance;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
}

/** Params of `client.instanceApiToken.delete`: Delete. */
export interface InstanceApiTokenDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceApiToken.get`: Get. */
export interface InstanceApiTokenGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceApiToken.patch`: Patch. */
export interface InstanceApiTokenPatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the API token */
  apiTokenId: string;
  /** Object containing new properties of the API token */
  apiToken?: APITokenPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceApiToken`. */
export interface InstanceApiTokenApi {
  /** Delete: Deletes an API Token */
  readonly delete: ActionMethod<InstanceApiTokenDeleteParams, Success>;
  /** Get: Retrieves information on an API token */
  readonly get: ActionMethod<InstanceApiTokenGetParams, APIToken>;
  /** Patch: Updates information about an API token */
  readonly patch: ActionMethod<InstanceApiTokenPatchParams, APIToken>;
}

/** The params type of each action of `client.instanceApiToken`. */
export interface InstanceApiTokenParamsMap {
  delete: InstanceApiTokenDeleteParams;
  get: InstanceApiTokenGetParams;
  patch: InstanceApiTokenPatchParams;
}

/** The result type of each action of `client.instanceApiToken`. */
export interface InstanceApiTokenResultMap {
  delete: Success;
  get: APIToken;
  patch: APIToken;
}

/** Params of `client.instanceApiTokens.get`: Get. */
export interface InstanceApiTokensGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: name, status, id, creationDate, lastUpdated, expirationDate */
  sortField?: 'name' | 'status' | 'id' | 'creationDate' | 'lastUpdated' | 'expirationDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, status */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceApiTokens.post`: Post. */
export interface InstanceApiTokensPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** API token information */
  apiToken: APITokenPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceApiTokens`. */
export interface InstanceApiTokensApi {
  /** Get: Returns the API tokens for an instance */
  readonly get: ActionMethod<InstanceApiTokensGetParams, APIToken>;
  /** Post: Create a new API token for an instance */
  readonly post: ActionMethod<InstanceApiTokensPostParams, APIToken>;
}

/** The params type of each action of `client.instanceApiTokens`. */
export interface InstanceApiTokensParamsMap {
  get: InstanceApiTokensGetParams;
  post: InstanceApiTokensPostParams;
}

/** The result type of each action of `client.instanceApiTokens`. */
export interface InstanceApiTokensResultMap {
  get: APIToken;
  post: APIToken;
}

/** Params of `client.instanceAuditLog.get`: Get. */
export interface InstanceAuditLogGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the instance audit log */
  instanceAuditLogId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceAuditLog`. */
export interface InstanceAuditLogApi {
  /** Get: Retrieves information on an instance audit log */
  readonly get: ActionMethod<InstanceAuditLogGetParams, InstanceAuditLog>;
}

/** The params type of each action of `client.instanceAuditLog`. */
export interface InstanceAuditLogParamsMap {
  get: InstanceAuditLogGetParams;
}

/** The result type of each action of `client.instanceAuditLog`. */
export interface InstanceAuditLogResultMap {
  get: InstanceAuditLog;
}

/** Params of `client.instanceAuditLogs.get`: Get. */
export interface InstanceAuditLogsGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: creationDate, responseStatus, actorName */
  sortField?: 'creationDate' | 'responseStatus' | 'actorName';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Start of time range for audit log query */
  start?: string | number | boolean;
  /** End of time range for audit log query */
  end?: string | number | boolean;
  /** Filters for the audit log query */
  auditLogFilter?: InstanceAuditLogFilter;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceAuditLogs`. */
export interface InstanceAuditLogsApi {
  /** Get: Returns the audit logs for the instance */
  readonly get: PagedMethod<InstanceAuditLogsGetParams, InstanceAuditLogs, 'page'>;
}

/** The params type of each action of `client.instanceAuditLogs`. */
export interface InstanceAuditLogsParamsMap {
  get: InstanceAuditLogsGetParams;
}

/** The result type of each action of `client.instanceAuditLogs`. */
export interface InstanceAuditLogsResultMap {
  get: InstanceAuditLogs;
}

/** Params of `client.instanceCustomNode.delete`: Delete. */
export interface InstanceCustomNodeDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the Custom Node */
  instanceCustomNodeId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceCustomNode.errors`: Errors. */
export interface InstanceCustomNodeErrorsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the Custom Node */
  instanceCustomNodeId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Maximum number of errors to return */
  limit?: string | number | boolean;
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceCustomNode.get`: Get. */
export interface InstanceCustomNodeGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the Custom Node */
  instanceCustomNodeId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceCustomNode.patch`: Patch. */
export interface InstanceCustomNodePatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the Custom Node */
  instanceCustomNodeId: string;
  /** Object containing new properties of the Custom Node */
  instanceCustomNode?: InstanceCustomNodePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceCustomNode.stats`: Stats. */
export interface InstanceCustomNodeStatsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the Custom Node */
  instanceCustomNodeId: string;
  /** Duration of time range in milliseconds */
  duration?: string | number | boolean;
  /** End of time range in milliseconds since epoch */
  end?: string | number | boolean;
  /** Resolution in milliseconds */
  resolution?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceCustomNode`. */
export interface InstanceCustomNodeApi {
  /** Delete: Deletes a Custom Node */
  readonly delete: ActionMethod<InstanceCustomNodeDeleteParams, Success>;
  /** Errors: Get information about errors that occurred during runs of this Custom Node */
  readonly errors: ActionMethod<InstanceCustomNodeErrorsParams, WorkflowErrors>;
  /** Get: Retrieves information on a Custom Node */
  readonly get: ActionMethod<InstanceCustomNodeGetParams, InstanceCustomNode>;
  /** Patch: Updates information about a Custom Node */
  readonly patch: ActionMethod<InstanceCustomNodePatchParams, InstanceCustomNode>;
  /** Stats: Get statistics about runs for this Custom Node */
  readonly stats: ActionMethod<InstanceCustomNodeStatsParams, WorkflowStatistics>;
}

/** The params type of each action of `client.instanceCustomNode`. */
export interface InstanceCustomNodeParamsMap {
  delete: InstanceCustomNodeDeleteParams;
  errors: InstanceCustomNodeErrorsParams;
  get: InstanceCustomNodeGetParams;
  patch: InstanceCustomNodePatchParams;
  stats: InstanceCustomNodeStatsParams;
}

/** The result type of each action of `client.instanceCustomNode`. */
export interface InstanceCustomNodeResultMap {
  delete: Success;
  errors: WorkflowErrors;
  get: InstanceCustomNode;
  patch: InstanceCustomNode;
  stats: WorkflowStatistics;
}

/** Params of `client.instanceCustomNodes.get`: Get. */
export interface InstanceCustomNodesGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceCustomNodes.post`: Post. */
export interface InstanceCustomNodesPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Custom Node information */
  instanceCustomNode: InstanceCustomNodePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceCustomNodes`. */
export interface InstanceCustomNodesApi {
  /** Get: Returns the Custom Nodes for an instance */
  readonly get: PagedMethod<InstanceCustomNodesGetParams, InstanceCustomNodes, 'page'>;
  /** Post: Create a new Custom Node for an instance */
  readonly post: ActionMethod<InstanceCustomNodesPostParams, InstanceCustomNode>;
}

/** The params type of each action of `client.instanceCustomNodes`. */
export interface InstanceCustomNodesParamsMap {
  get: InstanceCustomNodesGetParams;
  post: InstanceCustomNodesPostParams;
}

/** The result type of each action of `client.instanceCustomNodes`. */
export interface InstanceCustomNodesResultMap {
  get: InstanceCustomNodes;
  post: InstanceCustomNode;
}

/** Params of `client.instanceMember.delete`: Delete. */
export interface InstanceMemberDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the instance member */
  userId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceMember.get`: Get. */
export interface InstanceMemberGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the instance member */
  userId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceMember.patch`: Patch. */
export interface InstanceMemberPatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the instance member */
  userId: string;
  /** Object containing new member info */
  member: InstanceMemberPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceMember`. */
export interface InstanceMemberApi {
  /** Delete: Deletes an instance member */
  readonly delete: ActionMethod<InstanceMemberDeleteParams, Success>;
  /** Get: Returns an instance member */
  readonly get: ActionMethod<InstanceMemberGetParams, InstanceMember>;
  /** Patch: Modifies the role of an instance member */
  readonly patch: ActionMethod<InstanceMemberPatchParams, InstanceMemberPatch>;
}

/** The params type of each action of `client.instanceMember`. */
export interface InstanceMemberParamsMap {
  delete: InstanceMemberDeleteParams;
  get: InstanceMemberGetParams;
  patch: InstanceMemberPatchParams;
}

/** The result type of each action of `client.instanceMember`. */
export interface InstanceMemberResultMap {
  delete: Success;
  get: InstanceMember;
  patch: InstanceMemberPatch;
}

/** Params of `client.instanceMembers.get`: Get. */
export interface InstanceMembersGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: email, role */
  sortField?: 'email' | 'role';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: email, role */
  filterField?: 'email' | 'role';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceMembers.post`: Post. */
export interface InstanceMembersPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Object containing new member info */
  member: InstanceMemberPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceMembers`. */
export interface InstanceMembersApi {
  /** Get: Returns a collection of instance members */
  readonly get: ActionMethod<InstanceMembersGetParams, InstanceMembers>;
  /** Post: Creates a new instance member */
  readonly post: ActionMethod<InstanceMembersPostParams, InstanceMember>;
}

/** The params type of each action of `client.instanceMembers`. */
export interface InstanceMembersParamsMap {
  get: InstanceMembersGetParams;
  post: InstanceMembersPostParams;
}

/** The result type of each action of `client.instanceMembers`. */
export interface InstanceMembersResultMap {
  get: InstanceMembers;
  post: InstanceMember;
}

/** Params of `client.instanceNotificationRule.delete`: Delete. */
export interface InstanceNotificationRuleDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the notification rule */
  notificationRuleId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceNotificationRule.evaluate`: Evaluate. */
export interface InstanceNotificationRuleEvaluateParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the notification rule */
  notificationRuleId: string;
  /** The options for the evaluation */
  evaluationOptions?: NotificationRuleEvaluationOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceNotificationRule.get`: Get. */
export interface InstanceNotificationRuleGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the notification rule */
  notificationRuleId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceNotificationRule.logs`: Logs. */
export interface InstanceNotificationRuleLogsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the notification rule */
  notificationRuleId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceNotificationRule.patch`: Patch. */
export interface InstanceNotificationRulePatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the notification rule */
  notificationRuleId: string;
  /** Object containing new properties of the notification rule */
  notificationRule?: NotificationRulePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceNotificationRule`. */
export interface InstanceNotificationRuleApi {
  /** Delete: Deletes a notification rule */
  readonly delete: ActionMethod<InstanceNotificationRuleDeleteParams, Success>;
  /** Evaluate: Queues the evaluation of a notification rule */
  readonly evaluate: ActionMethod<InstanceNotificationRuleEvaluateParams, JobEnqueuedAPIResult>;
  /** Get: Retrieves information on a notification rule */
  readonly get: ActionMethod<InstanceNotificationRuleGetParams, NotificationRule>;
  /** Logs: Retrieves information on notification rule deliveries */
  readonly logs: ActionMethod<InstanceNotificationRuleLogsParams, NotificationRuleDeliveryLogs>;
  /** Patch: Updates information about a notification rule */
  readonly patch: ActionMethod<InstanceNotificationRulePatchParams, NotificationRule>;
}

/** The params type of each action of `client.instanceNotificationRule`. */
export interface InstanceNotificationRuleParamsMap {
  delete: InstanceNotificationRuleDeleteParams;
  evaluate: InstanceNotificationRuleEvaluateParams;
  get: InstanceNotificationRuleGetParams;
  logs: InstanceNotificationRuleLogsParams;
  patch: InstanceNotificationRulePatchParams;
}

/** The result type of each action of `client.instanceNotificationRule`. */
export interface InstanceNotificationRuleResultMap {
  delete: Success;
  evaluate: JobEnqueuedAPIResult;
  get: NotificationRule;
  logs: NotificationRuleDeliveryLogs;
  patch: NotificationRule;
}

/** Params of `client.instanceNotificationRules.get`: Get. */
export interface InstanceNotificationRulesGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceNotificationRules.post`: Post. */
export interface InstanceNotificationRulesPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Notification rule information */
  notificationRule: NotificationRulePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceNotificationRules`. */
export interface InstanceNotificationRulesApi {
  /** Get: Returns the notification rules for an instance */
  readonly get: PagedMethod<InstanceNotificationRulesGetParams, NotificationRules, 'page'>;
  /** Post: Create a new notification rule for an instance */
  readonly post: ActionMethod<InstanceNotificationRulesPostParams, NotificationRule>;
}

/** The params type of each action of `client.instanceNotificationRules`. */
export interface InstanceNotificationRulesParamsMap {
  get: InstanceNotificationRulesGetParams;
  post: InstanceNotificationRulesPostParams;
}

/** The result type of each action of `client.instanceNotificationRules`. */
export interface InstanceNotificationRulesResultMap {
  get: NotificationRules;
  post: NotificationRule;
}

/** Params of `client.instanceOrg.delete`: Delete. */
export interface InstanceOrgDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.deviceCounts`: Device Counts. */
export interface InstanceOrgDeviceCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.get`: Get. */
export interface InstanceOrgGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.notebookMinuteCounts`: Notebook Minute Counts. */
export interface InstanceOrgNotebookMinuteCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.patch`: Patch. */
export interface InstanceOrgPatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Object containing new organization properties */
  organization?: InstanceOwnedOrganizationPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.payloadCounts`: Payload Counts. */
export interface InstanceOrgPayloadCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrg.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface InstanceOrgPayloadCountsBreakdownParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrg`. */
export interface InstanceOrgApi {
  /** Delete: Deletes an organization */
  readonly delete: ActionMethod<InstanceOrgDeleteParams, Success>;
  /** Device Counts: Returns device counts by day for the time range specified for this organization */
  readonly deviceCounts: ActionMethod<InstanceOrgDeviceCountsParams, DeviceCounts>;
  /** Get: Retrieves information on an organization */
  readonly get: ActionMethod<InstanceOrgGetParams, InstanceOrganization>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for this organization */
  readonly notebookMinuteCounts: ActionMethod<InstanceOrgNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about an organization */
  readonly patch: ActionMethod<InstanceOrgPatchParams, InstanceOrganization>;
  /** Payload Counts: Returns payload counts for the time range specified for all applications this organization owns */
  readonly payloadCounts: ActionMethod<InstanceOrgPayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for all application this organization owns */
  readonly payloadCountsBreakdown: ActionMethod<InstanceOrgPayloadCountsBreakdownParams, PayloadCountsBreakdown>;
}

/** The params type of each action of `client.instanceOrg`. */
export interface InstanceOrgParamsMap {
  delete: InstanceOrgDeleteParams;
  deviceCounts: InstanceOrgDeviceCountsParams;
  get: InstanceOrgGetParams;
  notebookMinuteCounts: InstanceOrgNotebookMinuteCountsParams;
  patch: InstanceOrgPatchParams;
  payloadCounts: InstanceOrgPayloadCountsParams;
  payloadCountsBreakdown: InstanceOrgPayloadCountsBreakdownParams;
}

/** The result type of each action of `client.instanceOrg`. */
export interface InstanceOrgResultMap {
  delete: Success;
  deviceCounts: DeviceCounts;
  get: InstanceOrganization;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: InstanceOrganization;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
}

/** Params of `client.instanceOrgInvite.delete`: Delete. */
export interface InstanceOrgInviteDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization invite */
  inviteId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgInvite.get`: Get. */
export interface InstanceOrgInviteGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization invite */
  inviteId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgInvite.resendInvite`: Resend Invite. */
export interface InstanceOrgInviteResendInviteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization invite */
  inviteId: string;
  /** Object containing updated role info */
  roleInfo?: OrganizationRoleInfo;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrgInvite`. */
export interface InstanceOrgInviteApi {
  /** Delete: Revokes an instance org invitation */
  readonly delete: ActionMethod<InstanceOrgInviteDeleteParams, Success>;
  /** Get: Returns an organization invite */
  readonly get: ActionMethod<InstanceOrgInviteGetParams, OrganizationInvitation>;
  /** Resend Invite: Resend an organization invite with modified role info */
  readonly resendInvite: ActionMethod<InstanceOrgInviteResendInviteParams, OrganizationInvitation>;
}

/** The params type of each action of `client.instanceOrgInvite`. */
export interface InstanceOrgInviteParamsMap {
  delete: InstanceOrgInviteDeleteParams;
  get: InstanceOrgInviteGetParams;
  resendInvite: InstanceOrgInviteResendInviteParams;
}

/** The result type of each action of `client.instanceOrgInvite`. */
export interface InstanceOrgInviteResultMap {
  delete: Success;
  get: OrganizationInvitation;
  resendInvite: OrganizationInvitation;
}

/** Params of `client.instanceOrgInvites.get`: Get. */
export interface InstanceOrgInvitesGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Field to sort the results by. Accepted values are: email, role, inviteDate */
  sortField?: 'email' | 'role' | 'inviteDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: email, role */
  filterField?: 'email' | 'role';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgInvites.post`: Post. */
export interface InstanceOrgInvitesPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Object containing new invite info */
  invite: OrganizationInvitationPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrgInvites`. */
export interface InstanceOrgInvitesApi {
  /** Get: Returns a collection of instance organization invites */
  readonly get: ActionMethod<InstanceOrgInvitesGetParams, InstanceOrganizationInvitations>;
  /** Post: Invites a member to an instance organization */
  readonly post: ActionMethod<InstanceOrgInvitesPostParams, InstanceOrganizationInvitations>;
}

/** The params type of each action of `client.instanceOrgInvites`. */
export interface InstanceOrgInvitesParamsMap {
  get: InstanceOrgInvitesGetParams;
  post: InstanceOrgInvitesPostParams;
}

/** The result type of each action of `client.instanceOrgInvites`. */
export interface InstanceOrgInvitesResultMap {
  get: InstanceOrganizationInvitations;
  post: InstanceOrganizationInvitations;
}

/** Params of `client.instanceOrgMember.delete`: Delete. */
export interface InstanceOrgMemberDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization member */
  userId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgMember.get`: Get. */
export interface InstanceOrgMemberGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization member */
  userId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgMember.patch`: Patch. */
export interface InstanceOrgMemberPatchParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** ID associated with the organization member */
  userId: string;
  /** Object containing new member info */
  member?: InstanceOrgMemberPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrgMember`. */
export interface InstanceOrgMemberApi {
  /** Delete: Deletes an organization member */
  readonly delete: ActionMethod<InstanceOrgMemberDeleteParams, Success>;
  /** Get: Returns an organization member */
  readonly get: ActionMethod<InstanceOrgMemberGetParams, InstanceOrgMember>;
  /** Patch: Modifies the role of an organization member */
  readonly patch: ActionMethod<InstanceOrgMemberPatchParams, InstanceOrgMember>;
}

/** The params type of each action of `client.instanceOrgMember`. */
export interface InstanceOrgMemberParamsMap {
  delete: InstanceOrgMemberDeleteParams;
  get: InstanceOrgMemberGetParams;
  patch: InstanceOrgMemberPatchParams;
}

/** The result type of each action of `client.instanceOrgMember`. */
export interface InstanceOrgMemberResultMap {
  delete: Success;
  get: InstanceOrgMember;
  patch: InstanceOrgMember;
}

/** Params of `client.instanceOrgMembers.get`: Get. */
export interface InstanceOrgMembersGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Field to sort the results by. Accepted values are: email, role */
  sortField?: 'email' | 'role';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: email, role */
  filterField?: 'email' | 'role';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgMembers.post`: Post. */
export interface InstanceOrgMembersPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the organization */
  orgId: string;
  /** Object containing new member info */
  member: InstanceOrgMemberPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrgMembers`. */
export interface InstanceOrgMembersApi {
  /** Get: Returns a collection of instance organization members */
  readonly get: ActionMethod<InstanceOrgMembersGetParams, InstanceOrganizationMembers>;
  /** Post: Creates a new organization member */
  readonly post: ActionMethod<InstanceOrgMembersPostParams, InstanceOrgMember>;
}

/** The params type of each action of `client.instanceOrgMembers`. */
export interface InstanceOrgMembersParamsMap {
  get: InstanceOrgMembersGetParams;
  post: InstanceOrgMembersPostParams;
}

/** The result type of each action of `client.instanceOrgMembers`. */
export interface InstanceOrgMembersResultMap {
  get: InstanceOrganizationMembers;
  post: InstanceOrgMember;
}

/** Params of `client.instanceOrgs.get`: Get. */
export interface InstanceOrgsGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Organization filter JSON object which overrides all other filter params. */
  query?: AdvancedInstanceOrganizationQuery;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceOrgs.post`: Post. */
export interface InstanceOrgsPostParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Object containing configurations for the new organization */
  orgConfig?: InstanceOwnedOrganizationPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceOrgs`. */
export interface InstanceOrgsApi {
  /** Get: Returns the organizations associated with the current instance */
  readonly get: PagedMethod<InstanceOrgsGetParams, InstanceOrganizations, 'page'>;
  /** Post: Create a new organization */
  readonly post: ActionMethod<InstanceOrgsPostParams, Organization>;
}

/** The params type of each action of `client.instanceOrgs`. */
export interface InstanceOrgsParamsMap {
  get: InstanceOrgsGetParams;
  post: InstanceOrgsPostParams;
}

/** The result type of each action of `client.instanceOrgs`. */
export interface InstanceOrgsResultMap {
  get: InstanceOrganizations;
  post: Organization;
}

/** Params of `client.instanceSandbox.delete`: Delete. */
export interface InstanceSandboxDeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.deviceCounts`: Device Counts. */
export interface InstanceSandboxDeviceCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.get`: Get. */
export interface InstanceSandboxGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.notebookMinuteCounts`: Notebook Minute Counts. */
export interface InstanceSandboxNotebookMinuteCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.payloadCounts`: Payload Counts. */
export interface InstanceSandboxPayloadCountsParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface InstanceSandboxPayloadCountsBreakdownParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.instanceSandbox.undelete`: Undelete. */
export interface InstanceSandboxUndeleteParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** ID associated with the sandbox user */
  instanceSandboxId: string;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceSandbox`. */
export interface InstanceSandboxApi {
  /** Delete: Deletes a sandbox user account */
  readonly delete: ActionMethod<InstanceSandboxDeleteParams, Success>;
  /** Device Counts: Returns device counts by day for the time range specified for all applications the sandbox user owns */
  readonly deviceCounts: ActionMethod<InstanceSandboxDeviceCountsParams, DeviceCounts>;
  /** Get: Returns a sandbox user */
  readonly get: ActionMethod<InstanceSandboxGetParams, InstanceSandboxUser>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for all applications the sandbox user owns */
  readonly notebookMinuteCounts: ActionMethod<InstanceSandboxNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Payload Counts: Returns payload counts for the time range specified for all applications the sandbox user owns */
  readonly payloadCounts: ActionMethod<InstanceSandboxPayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for all applications the sandbox user owns */
  readonly payloadCountsBreakdown: ActionMethod<InstanceSandboxPayloadCountsBreakdownParams, PayloadCountsBreakdown>;
  /** Undelete: Restores a sandbox user account */
  readonly undelete: ActionMethod<InstanceSandboxUndeleteParams, InstanceSandboxUser>;
}

/** The params type of each action of `client.instanceSandbox`. */
export interface InstanceSandboxParamsMap {
  delete: InstanceSandboxDeleteParams;
  deviceCounts: InstanceSandboxDeviceCountsParams;
  get: InstanceSandboxGetParams;
  notebookMinuteCounts: InstanceSandboxNotebookMinuteCountsParams;
  payloadCounts: InstanceSandboxPayloadCountsParams;
  payloadCountsBreakdown: InstanceSandboxPayloadCountsBreakdownParams;
  undelete: InstanceSandboxUndeleteParams;
}

/** The result type of each action of `client.instanceSandbox`. */
export interface InstanceSandboxResultMap {
  delete: Success;
  deviceCounts: DeviceCounts;
  get: InstanceSandboxUser;
  notebookMinuteCounts: NotebookMinuteCounts;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  undelete: InstanceSandboxUser;
}

/** Params of `client.instanceSandboxes.get`: Get. */
export interface InstanceSandboxesGetParams extends HalParams {
  /** ID associated with the instance */
  instanceId: string;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Field to sort the results by. Accepted values are: firstName, lastName, email, id, creationDate, lastSuccessfulLogin, lastFailedLogin, failedLoginCount, lastUpdated */
  sortField?: 'firstName' | 'lastName' | 'email' | 'id' | 'creationDate' | 'lastSuccessfulLogin' | 'lastFailedLogin' | 'failedLoginCount' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Exclusive ID from which to begin querying */
  startingAfterId?: string | number | boolean;
  /** Exclusive ID at which to end querying */
  endingBeforeId?: string | number | boolean;
  /** How many items to return */
  limit?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: firstName, lastName, email */
  filterField?: 'firstName' | 'lastName' | 'email';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** If the result of the request should also include deleted sandboxes. */
  includeDeleted?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instanceSandboxes`. */
export interface InstanceSandboxesApi {
  /** Get: Returns a collection of instance sandboxes */
  readonly get: PagedMethod<InstanceSandboxesGetParams, InstanceSandboxes, 'cursor'>;
}

/** The params type of each action of `client.instanceSandboxes`. */
export interface InstanceSandboxesParamsMap {
  get: InstanceSandboxesGetParams;
}

/** The result type of each action of `client.instanceSandboxes`. */
export interface InstanceSandboxesResultMap {
  get: InstanceSandboxes;
}

/** Params of `client.instances.get`: Get. */
export interface InstancesGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.instances`. */
export interface InstancesApi {
  /** Get: Returns a collection of instances */
  readonly get: PagedMethod<InstancesGetParams, Instances, 'page'>;
}

/** The params type of each action of `client.instances`. */
export interface InstancesParamsMap {
  get: InstancesGetParams;
}

/** The result type of each action of `client.instances`. */
export interface InstancesResultMap {
  get: Instances;
}

/** Params of `client.integration.delete`: Delete. */
export interface IntegrationDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the integration */
  integrationId: string;
  /** If the workflows that utilize this integration should also be deleted. */
  includeWorkflows?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.integration.get`: Get. */
export interface IntegrationGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the integration */
  integrationId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.integration.patch`: Patch. */
export interface IntegrationPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the integration */
  integrationId: string;
  /** Object containing new properties of the integration */
  integration?: IntegrationPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.integration`. */
export interface IntegrationApi {
  /** Delete: Deletes an integration */
  readonly delete: ActionMethod<IntegrationDeleteParams, Success>;
  /** Get: Retrieves information on an integration */
  readonly get: ActionMethod<IntegrationGetParams, Integration>;
  /** Patch: Updates information about an integration */
  readonly patch: ActionMethod<IntegrationPatchParams, Integration>;
}

/** The params type of each action of `client.integration`. */
export interface IntegrationParamsMap {
  delete: IntegrationDeleteParams;
  get: IntegrationGetParams;
  patch: IntegrationPatchParams;
}

/** The result type of each action of `client.integration`. */
export interface IntegrationResultMap {
  delete: Success;
  get: Integration;
  patch: Integration;
}

/** Params of `client.integrations.get`: Get. */
export interface IntegrationsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, integrationType, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'integrationType' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, integrationType */
  filterField?: 'name' | 'integrationType';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.integrations.post`: Post. */
export interface IntegrationsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New integration information */
  integration: IntegrationPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.integrations`. */
export interface IntegrationsApi {
  /** Get: Returns the integrations for an application */
  readonly get: PagedMethod<IntegrationsGetParams, Integrations, 'page'>;
  /** Post: Create a new integration for an application */
  readonly post: ActionMethod<IntegrationsPostParams, Integration>;
}

/** The params type of each action of `client.integrations`. */
export interface IntegrationsParamsMap {
  get: IntegrationsGetParams;
  post: IntegrationsPostParams;
}

/** The result type of each action of `client.integrations`. */
export interface IntegrationsResultMap {
  get: Integrations;
  post: Integration;
}

/** Params of `client.me.addRecentItem`: Add Recent Item. */
export interface MeAddRecentItemParams extends HalParams {
  /** Object containing recent item info */
  data: RecentItem;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.changePassword`: Change Password. */
export interface MeChangePasswordParams extends HalParams {
  /** Object containing the password change info */
  data: ChangePassword;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.delete`: Delete. */
export interface MeDeleteParams extends HalParams {
  /** User authentication credentials */
  credentials: UserCredentials;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.deviceCounts`: Device Counts. */
export interface MeDeviceCountsParams extends HalParams {
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.disableTwoFactorAuth`: Disable Two Factor Auth. */
export interface MeDisableTwoFactorAuthParams extends HalParams {
  /** Object containing multi-factor authentication properties */
  data: DisableMultiFactorAuthentication;
  /** Should the user include recent app/dashboard info */
  includeRecent?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.disconnectGithub`: Disconnect Github. */
export interface MeDisconnectGithubParams extends HalParams {
  /** Should the user include recent app/dashboard info */
  includeRecent?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.enableTwoFactorAuth`: Enable Two Factor Auth. */
export interface MeEnableTwoFactorAuthParams extends HalParams {
  /** Object containing multi-factor authentication properties */
  data: EnableMultiFactorAuthentication;
  /** Should the user include recent app/dashboard info */
  includeRecent?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.fetchRecentItems`: Fetch Recent Items. */
export interface MeFetchRecentItemsParams extends HalParams {
  /** Parent id of the recent list */
  parentId?: string | number | boolean;
  /** Item type to get the recent list of. Accepted values are: application, device, flow, dashboard, organization */
  itemType: 'application' | 'device' | 'flow' | 'dashboard' | 'organization';
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.generateTwoFactorAuth`: Generate Two Factor Auth. */
export interface MeGenerateTwoFactorAuthParams extends HalParams {
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.get`: Get. */
export interface MeGetParams extends HalParams {
  /** Should the user include recent app/dashboard info */
  includeRecent?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.invite`: Invite. */
export interface MeInviteParams extends HalParams {
  /** ID associated with the invitation */
  inviteId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.invites`: Invites. */
export interface MeInvitesParams extends HalParams {
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.notebookMinuteCounts`: Notebook Minute Counts. */
export interface MeNotebookMinuteCountsParams extends HalParams {
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.patch`: Patch. */
export interface MePatchParams extends HalParams {
  /** Object containing new user properties */
  user?: MePatch;
  /** Should the user include recent app/dashboard info */
  includeRecent?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from user summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in user summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.payloadCounts`: Payload Counts. */
export interface MePayloadCountsParams extends HalParams {
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface MePayloadCountsBreakdownParams extends HalParams {
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.refreshToken`: Refresh Token. */
export interface MeRefreshTokenParams extends HalParams {
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.respondToInvite`: Respond to Invite. */
export interface MeRespondToInviteParams extends HalParams {
  /** ID associated with the invitation */
  inviteId: string;
  /** Response to invitation */
  response: OrganizationInvitationActionForUser;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.transferResources`: Transfer Resources. */
export interface MeTransferResourcesParams extends HalParams {
  /** Object containing properties of the transfer */
  transfer: ResourceTransfer;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.me.verifyEmail`: Verify Email. */
export interface MeVerifyEmailParams extends HalParams {
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.me`. */
export interface MeApi {
  /** Add Recent Item: Adds an item to a recent item list */
  readonly addRecentItem: ActionMethod<MeAddRecentItemParams, RecentItemList>;
  /** Change Password: Changes the current user's password and optionally logs out all other sessions */
  readonly changePassword: ActionMethod<MeChangePasswordParams, AuthenticatedUser>;
  /** Delete: Deletes the current user */
  readonly delete: ActionMethod<MeDeleteParams, Success>;
  /** Device Counts: Returns device counts by day for the time range specified for all applications the current user owns */
  readonly deviceCounts: ActionMethod<MeDeviceCountsParams, DeviceCounts>;
  /** Disable Two Factor Auth: Disables multi-factor authentication for the current user */
  readonly disableTwoFactorAuth: ActionMethod<MeDisableTwoFactorAuthParams, Me>;
  /** Disconnect Github: Disconnects the user from Github */
  readonly disconnectGithub: ActionMethod<MeDisconnectGithubParams, Me>;
  /** Enable Two Factor Auth: Enables multi-factor authentication for the current user */
  readonly enableTwoFactorAuth: ActionMethod<MeEnableTwoFactorAuthParams, Me>;
  /** Fetch Recent Items: Gets a recent item list */
  readonly fetchRecentItems: ActionMethod<MeFetchRecentItemsParams, RecentItemList>;
  /** Generate Two Factor Auth: Returns the multi-factor authentication key for the current user */
  readonly generateTwoFactorAuth: ActionMethod<MeGenerateTwoFactorAuthParams, MultiFactorAuthenticationInfo>;
  /** Get: Retrieves information on the current user */
  readonly get: ActionMethod<MeGetParams, Me>;
  /** Invite: Retrieves information for an invitation to an organization */
  readonly invite: ActionMethod<MeInviteParams, OrganizationInvitationInformationForUser>;
  /** Invites: Retrieves pending organization invitations for a user */
  readonly invites: ActionMethod<MeInvitesParams, UserOrganizationInvitations>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for all applications the current user owns */
  readonly notebookMinuteCounts: ActionMethod<MeNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about the current user */
  readonly patch: ActionMethod<MePatchParams, Me>;
  /** Payload Counts: Returns payload counts for the time range specified for all applications the current user owns */
  readonly payloadCounts: ActionMethod<MePayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for all applications the current user owns */
  readonly payloadCountsBreakdown: ActionMethod<MePayloadCountsBreakdownParams, PayloadCountsBreakdown>;
  /** Refresh Token: Returns a new auth token based on the current auth token */
  readonly refreshToken: ActionMethod<MeRefreshTokenParams, AuthenticatedUser>;
  /** Respond to Invite: Accepts or rejects an invitation to an organization */
  readonly respondToInvite: ActionMethod<MeRespondToInviteParams, OrganizationInvitationResultForUser>;
  /** Transfer Resources: Moves resources to a new owner */
  readonly transferResources: ActionMethod<MeTransferResourcesParams, Success>;
  /** Verify Email: Sends an email verification to the user */
  readonly verifyEmail: ActionMethod<MeVerifyEmailParams, Success>;
}

/** The params type of each action of `client.me`. */
export interface MeParamsMap {
  addRecentItem: MeAddRecentItemParams;
  changePassword: MeChangePasswordParams;
  delete: MeDeleteParams;
  deviceCounts: MeDeviceCountsParams;
  disableTwoFactorAuth: MeDisableTwoFactorAuthParams;
  disconnectGithub: MeDisconnectGithubParams;
  enableTwoFactorAuth: MeEnableTwoFactorAuthParams;
  fetchRecentItems: MeFetchRecentItemsParams;
  generateTwoFactorAuth: MeGenerateTwoFactorAuthParams;
  get: MeGetParams;
  invite: MeInviteParams;
  invites: MeInvitesParams;
  notebookMinuteCounts: MeNotebookMinuteCountsParams;
  patch: MePatchParams;
  payloadCounts: MePayloadCountsParams;
  payloadCountsBreakdown: MePayloadCountsBreakdownParams;
  refreshToken: MeRefreshTokenParams;
  respondToInvite: MeRespondToInviteParams;
  transferResources: MeTransferResourcesParams;
  verifyEmail: MeVerifyEmailParams;
}

/** The result type of each action of `client.me`. */
export interface MeResultMap {
  addRecentItem: RecentItemList;
  changePassword: AuthenticatedUser;
  delete: Success;
  deviceCounts: DeviceCounts;
  disableTwoFactorAuth: Me;
  disconnectGithub: Me;
  enableTwoFactorAuth: Me;
  fetchRecentItems: RecentItemList;
  generateTwoFactorAuth: MultiFactorAuthenticationInfo;
  get: Me;
  invite: OrganizationInvitationInformationForUser;
  invites: UserOrganizationInvitations;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: Me;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  refreshToken: AuthenticatedUser;
  respondToInvite: OrganizationInvitationResultForUser;
  transferResources: Success;
  verifyEmail: Success;
}

/** Params of `client.notebook.cancelExecution`: Cancel Execution. */
export interface NotebookCancelExecutionParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** The ID of the execution to cancel */
  executionId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.delete`: Delete. */
export interface NotebookDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.execute`: Execute. */
export interface NotebookExecuteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** The options for the execution */
  executionOptions?: NotebookExecutionOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.get`: Get. */
export interface NotebookGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.logs`: Logs. */
export interface NotebookLogsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.notebookMinuteCounts`: Notebook Minute Counts. */
export interface NotebookNotebookMinuteCountsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.patch`: Patch. */
export interface NotebookPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** Object containing new properties of the notebook */
  notebook?: NotebookPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.requestInputDataExport`: Request Input Data Export. */
export interface NotebookRequestInputDataExportParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** The options for the export */
  exportOptions?: NotebookDataExportOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebook.upload`: Upload. */
export interface NotebookUploadParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the notebook */
  notebookId: string;
  /** The jupyter notebook file */
  jupyterFile: UploadFile;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.notebook`. */
export interface NotebookApi {
  /** Cancel Execution: Marks a specific notebook execution for cancellation */
  readonly cancelExecution: ActionMethod<NotebookCancelExecutionParams, Success>;
  /** Delete: Deletes a notebook */
  readonly delete: ActionMethod<NotebookDeleteParams, Success>;
  /** Execute: Triggers the execution of a notebook */
  readonly execute: ActionMethod<NotebookExecuteParams, SuccessWithExecutionID>;
  /** Get: Retrieves information on a notebook */
  readonly get: ActionMethod<NotebookGetParams, Notebook>;
  /** Logs: Retrieves information on notebook executions */
  readonly logs: ActionMethod<NotebookLogsParams, NotebookExecutionLogs>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for this notebook */
  readonly notebookMinuteCounts: ActionMethod<NotebookNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about a notebook */
  readonly patch: ActionMethod<NotebookPatchParams, Notebook>;
  /** Request Input Data Export: Requests a combined zip file of the potential input data for a notebook execution */
  readonly requestInputDataExport: ActionMethod<NotebookRequestInputDataExportParams, JobEnqueuedAPIResult>;
  /** Upload: Uploads the jupyter notebook file */
  readonly upload: ActionMethod<NotebookUploadParams, Notebook>;
}

/** The params type of each action of `client.notebook`. */
export interface NotebookParamsMap {
  cancelExecution: NotebookCancelExecutionParams;
  delete: NotebookDeleteParams;
  execute: NotebookExecuteParams;
  get: NotebookGetParams;
  logs: NotebookLogsParams;
  notebookMinuteCounts: NotebookNotebookMinuteCountsParams;
  patch: NotebookPatchParams;
  requestInputDataExport: NotebookRequestInputDataExportParams;
  upload: NotebookUploadParams;
}

/** The result type of each action of `client.notebook`. */
export interface NotebookResultMap {
  cancelExecution: Success;
  delete: Success;
  execute: SuccessWithExecutionID;
  get: Notebook;
  logs: NotebookExecutionLogs;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: Notebook;
  requestInputDataExport: JobEnqueuedAPIResult;
  upload: Notebook;
}

/** Params of `client.notebooks.get`: Get. */
export interface NotebooksGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated, lastExecutionRequested */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated' | 'lastExecutionRequested';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.notebooks.post`: Post. */
export interface NotebooksPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New notebook information */
  notebook: NotebookPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.notebooks`. */
export interface NotebooksApi {
  /** Get: Returns the notebooks for an application */
  readonly get: PagedMethod<NotebooksGetParams, Notebooks, 'page'>;
  /** Post: Create a new notebook for an application */
  readonly post: ActionMethod<NotebooksPostParams, Notebook>;
}

/** The params type of each action of `client.notebooks`. */
export interface NotebooksParamsMap {
  get: NotebooksGetParams;
  post: NotebooksPostParams;
}

/** The result type of each action of `client.notebooks`. */
export interface NotebooksResultMap {
  get: Notebooks;
  post: Notebook;
}

/** Params of `client.org.delete`: Delete. */
export interface OrgDeleteParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.deviceCounts`: Device Counts. */
export interface OrgDeviceCountsParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for device count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for device count query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.get`: Get. */
export interface OrgGetParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Comma-separated list of summary fields to exclude from org summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.inviteMember`: Invite Member. */
export interface OrgInviteMemberParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Object containing new invite info */
  invite: OrganizationInvitationPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.modifyMember`: Modify Member. */
export interface OrgModifyMemberParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Object containing new member pair */
  member: OrganizationMemberPatch;
  /** Comma-separated list of summary fields to exclude from org summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.notebookMinuteCounts`: Notebook Minute Counts. */
export interface OrgNotebookMinuteCountsParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for notebook execution query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for notebook execution query (ms since epoch) */
  end?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.patch`: Patch. */
export interface OrgPatchParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Object containing new organization properties */
  organization?: OrganizationPatch;
  /** Comma-separated list of summary fields to exclude from org summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.payloadCounts`: Payload Counts. */
export interface OrgPayloadCountsParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.payloadCountsBreakdown`: Payload Counts Breakdown. */
export interface OrgPayloadCountsBreakdownParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Start of range for payload count query (ms since epoch) */
  start?: string | number | boolean;
  /** End of range for payload count query (ms since epoch) */
  end?: string | number | boolean;
  /** Resolution in milliseconds. Accepted values are: 86400000, 3600000 */
  resolution?: '86400000' | '3600000' | 86400000 | 3600000;
  /** If the resulting stats should be returned as bytes */
  asBytes?: 'true' | 'false' | boolean;
  /** If non-billable payloads should be included in the result */
  includeNonBillable?: 'true' | 'false' | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.pendingInvites`: Pending Invites. */
export interface OrgPendingInvitesParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.removeMember`: Remove Member. */
export interface OrgRemoveMemberParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Id of user to remove */
  userId: string;
  /** Comma-separated list of summary fields to exclude from org summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.revokeInvite`: Revoke Invite. */
export interface OrgRevokeInviteParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Id of invite to revoke */
  inviteId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.org.transferResources`: Transfer Resources. */
export interface OrgTransferResourcesParams extends HalParams {
  /** ID associated with the organization */
  orgId: string;
  /** Object containing properties of the transfer */
  transfer: ResourceTransfer;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.org`. */
export interface OrgApi {
  /** Delete: Deletes an organization */
  readonly delete: ActionMethod<OrgDeleteParams, Success>;
  /** Device Counts: Returns device counts by day for the time range specified for this organization */
  readonly deviceCounts: ActionMethod<OrgDeviceCountsParams, DeviceCounts>;
  /** Get: Retrieves information on an organization */
  readonly get: ActionMethod<OrgGetParams, Organization>;
  /** Invite Member: Invites a person to an organization */
  readonly inviteMember: ActionMethod<OrgInviteMemberParams, OrganizationInvitations>;
  /** Modify Member: Modifies a current org member's role */
  readonly modifyMember: ActionMethod<OrgModifyMemberParams, Organization>;
  /** Notebook Minute Counts: Returns notebook execution usage by day for the time range specified for this organization */
  readonly notebookMinuteCounts: ActionMethod<OrgNotebookMinuteCountsParams, NotebookMinuteCounts>;
  /** Patch: Updates information about an organization */
  readonly patch: ActionMethod<OrgPatchParams, Organization>;
  /** Payload Counts: Returns payload counts for the time range specified for all applications this organization owns */
  readonly payloadCounts: ActionMethod<OrgPayloadCountsParams, PayloadStats>;
  /** Payload Counts Breakdown: Returns payload counts per resolution in the time range specified for all application this organization owns */
  readonly payloadCountsBreakdown: ActionMethod<OrgPayloadCountsBreakdownParams, PayloadCountsBreakdown>;
  /** Pending Invites: Gets the current pending invites */
  readonly pendingInvites: ActionMethod<OrgPendingInvitesParams, OrganizationInvitations>;
  /** Remove Member: Removes a member from the org */
  readonly removeMember: ActionMethod<OrgRemoveMemberParams, Organization>;
  /** Revoke Invite: Revokes an existing invite */
  readonly revokeInvite: ActionMethod<OrgRevokeInviteParams, OrganizationInvitations>;
  /** Transfer Resources: Moves resources to a new owner */
  readonly transferResources: ActionMethod<OrgTransferResourcesParams, Success>;
}

/** The params type of each action of `client.org`. */
export interface OrgParamsMap {
  delete: OrgDeleteParams;
  deviceCounts: OrgDeviceCountsParams;
  get: OrgGetParams;
  inviteMember: OrgInviteMemberParams;
  modifyMember: OrgModifyMemberParams;
  notebookMinuteCounts: OrgNotebookMinuteCountsParams;
  patch: OrgPatchParams;
  payloadCounts: OrgPayloadCountsParams;
  payloadCountsBreakdown: OrgPayloadCountsBreakdownParams;
  pendingInvites: OrgPendingInvitesParams;
  removeMember: OrgRemoveMemberParams;
  revokeInvite: OrgRevokeInviteParams;
  transferResources: OrgTransferResourcesParams;
}

/** The result type of each action of `client.org`. */
export interface OrgResultMap {
  delete: Success;
  deviceCounts: DeviceCounts;
  get: Organization;
  inviteMember: OrganizationInvitations;
  modifyMember: Organization;
  notebookMinuteCounts: NotebookMinuteCounts;
  patch: Organization;
  payloadCounts: PayloadStats;
  payloadCountsBreakdown: PayloadCountsBreakdown;
  pendingInvites: OrganizationInvitations;
  removeMember: Organization;
  revokeInvite: OrganizationInvitations;
  transferResources: Success;
}

/** Params of `client.orgInvites.get`: Get. */
export interface OrgInvitesGetParams extends HalParams {
  /** The token associated with the invite */
  token: string | number | boolean;
  /** The email associated with the invite */
  email: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.orgInvites.post`: Post. */
export interface OrgInvitesPostParams extends HalParams {
  /** Invite info and acceptance */
  invite: OrganizationInvitationAction;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.orgInvites`. */
export interface OrgInvitesApi {
  /** Get: Gets information about an invite */
  readonly get: ActionMethod<OrgInvitesGetParams, OrganizationInvitationInformation>;
  /** Post: Accepts/Rejects an invite */
  readonly post: ActionMethod<OrgInvitesPostParams, OrganizationInvitationResult>;
}

/** The params type of each action of `client.orgInvites`. */
export interface OrgInvitesParamsMap {
  get: OrgInvitesGetParams;
  post: OrgInvitesPostParams;
}

/** The result type of each action of `client.orgInvites`. */
export interface OrgInvitesResultMap {
  get: OrganizationInvitationInformation;
  post: OrganizationInvitationResult;
}

/** Params of `client.orgs.get`: Get. */
export interface OrgsGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Comma-separated list of summary fields to exclude from org summaries */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.orgs.post`: Post. */
export interface OrgsPostParams extends HalParams {
  /** New organization information */
  organization: OrganizationPost;
  /** Comma-separated list of summary fields to exclude from org summary */
  summaryExclude?: string | number | boolean;
  /** Comma-separated list of summary fields to include in org summary */
  summaryInclude?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.orgs`. */
export interface OrgsApi {
  /** Get: Returns the organizations associated with the current user */
  readonly get: PagedMethod<OrgsGetParams, Organizations, 'page'>;
  /** Post: Create a new organization */
  readonly post: ActionMethod<OrgsPostParams, Organization>;
}

/** The params type of each action of `client.orgs`. */
export interface OrgsParamsMap {
  get: OrgsGetParams;
  post: OrgsPostParams;
}

/** The result type of each action of `client.orgs`. */
export interface OrgsResultMap {
  get: Organizations;
  post: Organization;
}

/** Params of `client.privateFile.delete`: Delete. */
export interface PrivateFileDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the private file */
  privateFileId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.privateFile.get`: Get. */
export interface PrivateFileGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the private file */
  privateFileId: string;
  /** Time in seconds that the private file url will be valid for. Only applies to private files of type 'file'. If 0, no url will be returned. */
  urlTTL?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.privateFile.move`: Move. */
export interface PrivateFileMoveParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the private file */
  privateFileId: string;
  /** The new name of the private file or directory */
  name?: string | number | boolean;
  /** The new parent directory for the private file or directory to move into. */
  parentDirectory?: string | number | boolean;
  /** Time in seconds that the private file url will be valid for. Only applies to private files of type 'file'. If 0, no url will be returned. */
  urlTTL?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.privateFile.patch`: Patch. */
export interface PrivateFilePatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the private file */
  privateFileId: string;
  /** Updated information about the private file */
  updates?: FilePatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.privateFile.upload`: Upload. */
export interface PrivateFileUploadParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the private file */
  privateFileId: string;
  /** The content of the private file to upload */
  privateFile: UploadFile;
  /** Time in seconds that the private file url will be valid for. Only applies to private files of type 'file'. If 0, no url will be returned. */
  urlTTL?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.privateFile`. */
export interface PrivateFileApi {
  /** Delete: Deletes a private file or directory, if a directory all the contents that directory will also be removed. */
  readonly delete: ActionMethod<PrivateFileDeleteParams, Success>;
  /** Get: Retrieves information on a private file */
  readonly get: ActionMethod<PrivateFileGetParams, FileSchema>;
  /** Move: Move a private file or the entire contents of a directory */
  readonly move: ActionMethod<PrivateFileMoveParams, FileSchema>;
  /** Patch: Reupload a private file */
  readonly patch: ActionMethod<PrivateFilePatchParams, FileUploadPostResponse>;
  /** Upload: Uploads the private file */
  readonly upload: ActionMethod<PrivateFileUploadParams, FileSchema>;
}

/** The params type of each action of `client.privateFile`. */
export interface PrivateFileParamsMap {
  delete: PrivateFileDeleteParams;
  get: PrivateFileGetParams;
  move: PrivateFileMoveParams;
  patch: PrivateFilePatchParams;
  upload: PrivateFileUploadParams;
}

/** The result type of each action of `client.privateFile`. */
export interface PrivateFileResultMap {
  delete: Success;
  get: FileSchema;
  move: FileSchema;
  patch: FileUploadPostResponse;
  upload: FileSchema;
}

/** Params of `client.privateFiles.get`: Get. */
export interface PrivateFilesGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: lastUpdated, type, name, creationDate */
  sortField?: 'lastUpdated' | 'type' | 'name' | 'creationDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Limit by the type (file or directory) of the file */
  type?: string | number | boolean;
  /** Limit the result to only files of this status. Accepted values are: completed, pending */
  status?: 'completed' | 'pending';
  /** Get private files that are inside of this directory */
  directory?: string | number | boolean;
  /** Time in seconds that the private file url will be valid for. Only applies to private files of type 'file'. If 0, no url will be returned. */
  urlTTL?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.privateFiles.post`: Post. */
export interface PrivateFilesPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New private file information */
  privateFile: FilePost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.privateFiles`. */
export interface PrivateFilesApi {
  /** Get: Returns the private files for an application */
  readonly get: PagedMethod<PrivateFilesGetParams, FilesSchema, 'page'>;
  /** Post: Create a new private file for an application */
  readonly post: ActionMethod<PrivateFilesPostParams, FileUploadPostResponse>;
}

/** The params type of each action of `client.privateFiles`. */
export interface PrivateFilesParamsMap {
  get: PrivateFilesGetParams;
  post: PrivateFilesPostParams;
}

/** The result type of each action of `client.privateFiles`. */
export interface PrivateFilesResultMap {
  get: FilesSchema;
  post: FileUploadPostResponse;
}

/** Params of `client.resourceJob.cancelExecution`: Cancel Execution. */
export interface ResourceJobCancelExecutionParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** The ID of the execution to cancel */
  executionId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJob.delete`: Delete. */
export interface ResourceJobDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** If the workflows that trigger from this resource job should also be deleted. */
  includeWorkflows?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJob.execute`: Execute. */
export interface ResourceJobExecuteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** The options for the execution */
  executionOptions?: ResourceJobExecutionOptions;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJob.get`: Get. */
export interface ResourceJobGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJob.logs`: Logs. */
export interface ResourceJobLogsParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** Max log entries to return (ordered by time descending) */
  limit?: string | number | boolean;
  /** Look for log entries since this time (ms since epoch) */
  since?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJob.patch`: Patch. */
export interface ResourceJobPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the resource job */
  resourceJobId: string;
  /** The new resource job configuration */
  resourceJob?: ResourceJobPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.resourceJob`. */
export interface ResourceJobApi {
  /** Cancel Execution: Marks a specific resource job execution for cancellation */
  readonly cancelExecution: ActionMethod<ResourceJobCancelExecutionParams, Success>;
  /** Delete: Deletes a resource job */
  readonly delete: ActionMethod<ResourceJobDeleteParams, Success>;
  /** Execute: Queues the execution of a resource job */
  readonly execute: ActionMethod<ResourceJobExecuteParams, SuccessWithExecutionID>;
  /** Get: Returns a resource job */
  readonly get: ActionMethod<ResourceJobGetParams, ResourceJob>;
  /** Logs: Retrieves information on resource job executions */
  readonly logs: ActionMethod<ResourceJobLogsParams, ResourceJobExecutionLogs>;
  /** Patch: Update a resource job */
  readonly patch: ActionMethod<ResourceJobPatchParams, ResourceJob>;
}

/** The params type of each action of `client.resourceJob`. */
export interface ResourceJobParamsMap {
  cancelExecution: ResourceJobCancelExecutionParams;
  delete: ResourceJobDeleteParams;
  execute: ResourceJobExecuteParams;
  get: ResourceJobGetParams;
  logs: ResourceJobLogsParams;
  patch: ResourceJobPatchParams;
}

/** The result type of each action of `client.resourceJob`. */
export interface ResourceJobResultMap {
  cancelExecution: Success;
  delete: Success;
  execute: SuccessWithExecutionID;
  get: ResourceJob;
  logs: ResourceJobExecutionLogs;
  patch: ResourceJob;
}

/** Params of `client.resourceJobs.get`: Get. */
export interface ResourceJobsGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated, lastExecutionRequested, resourceType */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated' | 'lastExecutionRequested' | 'resourceType';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, resourceType */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.resourceJobs.post`: Post. */
export interface ResourceJobsPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New resource job information */
  resourceJob: ResourceJobPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.resourceJobs`. */
export interface ResourceJobsApi {
  /** Get: Returns the resource jobs for an application */
  readonly get: PagedMethod<ResourceJobsGetParams, ResourceJobs, 'page'>;
  /** Post: Create a new resource job for an application */
  readonly post: ActionMethod<ResourceJobsPostParams, ResourceJob>;
}

/** The params type of each action of `client.resourceJobs`. */
export interface ResourceJobsParamsMap {
  get: ResourceJobsGetParams;
  post: ResourceJobsPostParams;
}

/** The result type of each action of `client.resourceJobs`. */
export interface ResourceJobsResultMap {
  get: ResourceJobs;
  post: ResourceJob;
}

/** Params of `client.userApiToken.delete`: Delete. */
export interface UserApiTokenDeleteParams extends HalParams {
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userApiToken.get`: Get. */
export interface UserApiTokenGetParams extends HalParams {
  /** ID associated with the API token */
  apiTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userApiToken.patch`: Patch. */
export interface UserApiTokenPatchParams extends HalParams {
  /** ID associated with the API token */
  apiTokenId: string;
  /** Object containing new properties of the API token */
  apiToken?: APITokenPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.userApiToken`. */
export interface UserApiTokenApi {
  /** Delete: Deletes an API Token */
  readonly delete: ActionMethod<UserApiTokenDeleteParams, Success>;
  /** Get: Retrieves information on an API token */
  readonly get: ActionMethod<UserApiTokenGetParams, APIToken>;
  /** Patch: Updates information about an API token */
  readonly patch: ActionMethod<UserApiTokenPatchParams, APIToken>;
}

/** The params type of each action of `client.userApiToken`. */
export interface UserApiTokenParamsMap {
  delete: UserApiTokenDeleteParams;
  get: UserApiTokenGetParams;
  patch: UserApiTokenPatchParams;
}

/** The result type of each action of `client.userApiToken`. */
export interface UserApiTokenResultMap {
  delete: Success;
  get: APIToken;
  patch: APIToken;
}

/** Params of `client.userApiTokens.get`: Get. */
export interface UserApiTokensGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, status, id, creationDate, lastUpdated, expirationDate */
  sortField?: 'name' | 'status' | 'id' | 'creationDate' | 'lastUpdated' | 'expirationDate';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name, status */
  filterField?: string | number | boolean;
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userApiTokens.post`: Post. */
export interface UserApiTokensPostParams extends HalParams {
  /** API token information */
  apiToken: APITokenPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.userApiTokens`. */
export interface UserApiTokensApi {
  /** Get: Returns the API tokens for a user */
  readonly get: ActionMethod<UserApiTokensGetParams, APIToken>;
  /** Post: Create a new API token for an user */
  readonly post: ActionMethod<UserApiTokensPostParams, APIToken>;
}

/** The params type of each action of `client.userApiTokens`. */
export interface UserApiTokensParamsMap {
  get: UserApiTokensGetParams;
  post: UserApiTokensPostParams;
}

/** The result type of each action of `client.userApiTokens`. */
export interface UserApiTokensResultMap {
  get: APIToken;
  post: APIToken;
}

/** Params of `client.userOauthToken.delete`: Delete. */
export interface UserOauthTokenDeleteParams extends HalParams {
  /** ID associated with the OAuth token */
  oauthTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userOauthToken.get`: Get. */
export interface UserOauthTokenGetParams extends HalParams {
  /** ID associated with the OAuth token */
  oauthTokenId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userOauthToken.patch`: Patch. */
export interface UserOauthTokenPatchParams extends HalParams {
  /** ID associated with the OAuth token */
  oauthTokenId: string;
  /** Object containing new properties of the OAuth token */
  oauthToken?: UserOAuthTokenPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.userOauthToken`. */
export interface UserOauthTokenApi {
  /** Delete: Deletes an OAuth Token */
  readonly delete: ActionMethod<UserOauthTokenDeleteParams, Success>;
  /** Get: Retrieves information on an OAuth token */
  readonly get: ActionMethod<UserOauthTokenGetParams, UserOAuthToken>;
  /** Patch: Updates information about an OAuth token */
  readonly patch: ActionMethod<UserOauthTokenPatchParams, UserOAuthToken>;
}

/** The params type of each action of `client.userOauthToken`. */
export interface UserOauthTokenParamsMap {
  delete: UserOauthTokenDeleteParams;
  get: UserOauthTokenGetParams;
  patch: UserOauthTokenPatchParams;
}

/** The result type of each action of `client.userOauthToken`. */
export interface UserOauthTokenResultMap {
  delete: Success;
  get: UserOAuthToken;
  patch: UserOAuthToken;
}

/** Params of `client.userOauthTokens.get`: Get. */
export interface UserOauthTokensGetParams extends HalParams {
  /** Field to sort the results by. Accepted values are: name, status, id, creationDate, lastUpdated */
  sortField?: 'name' | 'status' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.userOauthTokens.post`: Post. */
export interface UserOauthTokensPostParams extends HalParams {
  /** OAuth token information */
  oauthToken: UserOAuthTokenPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.userOauthTokens`. */
export interface UserOauthTokensApi {
  /** Get: Returns the OAuth tokens for a user */
  readonly get: PagedMethod<UserOauthTokensGetParams, UserOAuthTokens, 'page'>;
  /** Post: Create a new OAuth token for a user */
  readonly post: ActionMethod<UserOauthTokensPostParams, UserOAuthToken>;
}

/** The params type of each action of `client.userOauthTokens`. */
export interface UserOauthTokensParamsMap {
  get: UserOauthTokensGetParams;
  post: UserOauthTokensPostParams;
}

/** The result type of each action of `client.userOauthTokens`. */
export interface UserOauthTokensResultMap {
  get: UserOAuthTokens;
  post: UserOAuthToken;
}

/** Params of `client.webhook.delete`: Delete. */
export interface WebhookDeleteParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the webhook */
  webhookId: string;
  /** If the workflows that utilize this webhook should also be deleted. */
  includeWorkflows?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.webhook.get`: Get. */
export interface WebhookGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the webhook */
  webhookId: string;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.webhook.patch`: Patch. */
export interface WebhookPatchParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** ID associated with the webhook */
  webhookId: string;
  /** Object containing new properties of the webhook */
  webhook?: WebhookPatch;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.webhook`. */
export interface WebhookApi {
  /** Delete: Deletes a webhook */
  readonly delete: ActionMethod<WebhookDeleteParams, Success>;
  /** Get: Retrieves information on a webhook */
  readonly get: ActionMethod<WebhookGetParams, Webhook>;
  /** Patch: Updates information about a webhook */
  readonly patch: ActionMethod<WebhookPatchParams, Webhook>;
}

/** The params type of each action of `client.webhook`. */
export interface WebhookParamsMap {
  delete: WebhookDeleteParams;
  get: WebhookGetParams;
  patch: WebhookPatchParams;
}

/** The result type of each action of `client.webhook`. */
export interface WebhookResultMap {
  delete: Success;
  get: Webhook;
  patch: Webhook;
}

/** Params of `client.webhooks.get`: Get. */
export interface WebhooksGetParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** Field to sort the results by. Accepted values are: name, id, creationDate, lastUpdated */
  sortField?: 'name' | 'id' | 'creationDate' | 'lastUpdated';
  /** Direction to sort the results by. Accepted values are: asc, desc */
  sortDirection?: 'asc' | 'desc';
  /** Which page of results to return */
  page?: string | number | boolean;
  /** How many items to return per page */
  perPage?: string | number | boolean;
  /** Field to filter the results by. Blank or not provided means no filtering. Accepted values are: name */
  filterField?: 'name';
  /** Filter to apply against the filtered field. Supports globbing. Blank or not provided means no filtering. */
  filter?: string | number | boolean;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** Params of `client.webhooks.post`: Post. */
export interface WebhooksPostParams extends HalParams {
  /** ID associated with the application */
  applicationId: string;
  /** New webhook information */
  webhook: WebhookPost;
  /** Domain scope of request (rarely needed) */
  losantdomain?: string;
}

/** The actions of `client.webhooks`. */
export interface WebhooksApi {
  /** Get: Returns the webhooks for an application */
  readonly get: PagedMethod<WebhooksGetParams, Webhooks, 'page'>;
  /** Post: Create a new webhook for an application */
  readonly post: ActionMethod<WebhooksPostParams, Webhook>;
}

/** The params type of each action of `client.webhooks`. */
export interface WebhooksParamsMap {
  get: WebhooksGetParams;
  post: WebhooksPostParams;
}

/** The result type of each action of `client.webhooks`. */
export interface WebhooksResultMap {
  get: Webhooks;
  post: Webhook;
}

/** Every resource of the API, as properties of a client. */
export interface Resources {
  readonly application: ApplicationApi;
  readonly applicationApiToken: ApplicationApiTokenApi;
  readonly applicationApiTokens: ApplicationApiTokensApi;
  readonly applicationCertificate: ApplicationCertificateApi;
  readonly applicationCertificateAuthorities: ApplicationCertificateAuthoritiesApi;
  readonly applicationCertificateAuthority: ApplicationCertificateAuthorityApi;
  readonly applicationCertificates: ApplicationCertificatesApi;
  readonly applicationDashboard: ApplicationDashboardApi;
  readonly applicationDashboards: ApplicationDashboardsApi;
  readonly applicationJobLog: ApplicationJobLogApi;
  readonly applicationJobLogs: ApplicationJobLogsApi;
  readonly applicationKey: ApplicationKeyApi;
  readonly applicationKeys: ApplicationKeysApi;
  readonly applicationTemplate: ApplicationTemplateApi;
  readonly applicationTemplates: ApplicationTemplatesApi;
  readonly applications: ApplicationsApi;
  readonly auditLog: AuditLogApi;
  readonly auditLogs: AuditLogsApi;
  readonly auth: AuthApi;
  readonly credential: CredentialApi;
  readonly credentials: CredentialsApi;
  readonly dashboard: DashboardApi;
  readonly dashboards: DashboardsApi;
  readonly data: DataApi;
  readonly dataTable: DataTableApi;
  readonly dataTableRow: DataTableRowApi;
  readonly dataTableRows: DataTableRowsApi;
  readonly dataTables: DataTablesApi;
  readonly device: DeviceApi;
  readonly deviceAttribute: DeviceAttributeApi;
  readonly deviceAttributes: DeviceAttributesApi;
  readonly deviceRecipe: DeviceRecipeApi;
  readonly deviceRecipes: DeviceRecipesApi;
  readonly devices: DevicesApi;
  readonly edgeDeployment: EdgeDeploymentApi;
  readonly edgeDeployments: EdgeDeploymentsApi;
  readonly embeddedDeployment: EmbeddedDeploymentApi;
  readonly embeddedDeployments: EmbeddedDeploymentsApi;
  readonly event: EventApi;
  readonly events: EventsApi;
  readonly experience: ExperienceApi;
  readonly experienceDomain: ExperienceDomainApi;
  readonly experienceDomains: ExperienceDomainsApi;
  readonly experienceEndpoint: ExperienceEndpointApi;
  readonly experienceEndpoints: ExperienceEndpointsApi;
  readonly experienceGroup: ExperienceGroupApi;
  readonly experienceGroups: ExperienceGroupsApi;
  readonly experienceSlug: ExperienceSlugApi;
  readonly experienceSlugs: ExperienceSlugsApi;
  readonly experienceUser: ExperienceUserApi;
  readonly experienceUsers: ExperienceUsersApi;
  readonly experienceVersion: ExperienceVersionApi;
  readonly experienceVersions: ExperienceVersionsApi;
  readonly experienceView: ExperienceViewApi;
  readonly experienceViews: ExperienceViewsApi;
  readonly file: FileApi;
  readonly files: FilesApi;
  readonly flow: FlowApi;
  readonly flowVersion: FlowVersionApi;
  readonly flowVersions: FlowVersionsApi;
  readonly flows: FlowsApi;
  readonly instance: InstanceApi;
  readonly instanceApiToken: InstanceApiTokenApi;
  readonly instanceApiTokens: InstanceApiTokensApi;
  readonly instanceAuditLog: InstanceAuditLogApi;
  readonly instanceAuditLogs: InstanceAuditLogsApi;
  readonly instanceCustomNode: InstanceCustomNodeApi;
  readonly instanceCustomNodes: InstanceCustomNodesApi;
  readonly instanceMember: InstanceMemberApi;
  readonly instanceMembers: InstanceMembersApi;
  readonly instanceNotificationRule: InstanceNotificationRuleApi;
  readonly instanceNotificationRules: InstanceNotificationRulesApi;
  readonly instanceOrg: InstanceOrgApi;
  readonly instanceOrgInvite: InstanceOrgInviteApi;
  readonly instanceOrgInvites: InstanceOrgInvitesApi;
  readonly instanceOrgMember: InstanceOrgMemberApi;
  readonly instanceOrgMembers: InstanceOrgMembersApi;
  readonly instanceOrgs: InstanceOrgsApi;
  readonly instanceSandbox: InstanceSandboxApi;
  readonly instanceSandboxes: InstanceSandboxesApi;
  readonly instances: InstancesApi;
  readonly integration: IntegrationApi;
  readonly integrations: IntegrationsApi;
  readonly me: MeApi;
  readonly notebook: NotebookApi;
  readonly notebooks: NotebooksApi;
  readonly org: OrgApi;
  readonly orgInvites: OrgInvitesApi;
  readonly orgs: OrgsApi;
  readonly privateFile: PrivateFileApi;
  readonly privateFiles: PrivateFilesApi;
  readonly resourceJob: ResourceJobApi;
  readonly resourceJobs: ResourceJobsApi;
  readonly userApiToken: UserApiTokenApi;
  readonly userApiTokens: UserApiTokensApi;
  readonly userOauthToken: UserOauthTokenApi;
  readonly userOauthTokens: UserOauthTokensApi;
  readonly webhook: WebhookApi;
  readonly webhooks: WebhooksApi;
}

/** Resource → action → params type (behind `Params<R, A>`). */
export interface ParamsByResource {
  application: ApplicationParamsMap;
  applicationApiToken: ApplicationApiTokenParamsMap;
  applicationApiTokens: ApplicationApiTokensParamsMap;
  applicationCertificate: ApplicationCertificateParamsMap;
  applicationCertificateAuthorities: ApplicationCertificateAuthoritiesParamsMap;
  applicationCertificateAuthority: ApplicationCertificateAuthorityParamsMap;
  applicationCertificates: ApplicationCertificatesParamsMap;
  applicationDashboard: ApplicationDashboardParamsMap;
  applicationDashboards: ApplicationDashboardsParamsMap;
  applicationJobLog: ApplicationJobLogParamsMap;
  applicationJobLogs: ApplicationJobLogsParamsMap;
  applicationKey: ApplicationKeyParamsMap;
  applicationKeys: ApplicationKeysParamsMap;
  applicationTemplate: ApplicationTemplateParamsMap;
  applicationTemplates: ApplicationTemplatesParamsMap;
  applications: ApplicationsParamsMap;
  auditLog: AuditLogParamsMap;
  auditLogs: AuditLogsParamsMap;
  auth: AuthParamsMap;
  credential: CredentialParamsMap;
  credentials: CredentialsParamsMap;
  dashboard: DashboardParamsMap;
  dashboards: DashboardsParamsMap;
  data: DataParamsMap;
  dataTable: DataTableParamsMap;
  dataTableRow: DataTableRowParamsMap;
  dataTableRows: DataTableRowsParamsMap;
  dataTables: DataTablesParamsMap;
  device: DeviceParamsMap;
  deviceAttribute: DeviceAttributeParamsMap;
  deviceAttributes: DeviceAttributesParamsMap;
  deviceRecipe: DeviceRecipeParamsMap;
  deviceRecipes: DeviceRecipesParamsMap;
  devices: DevicesParamsMap;
  edgeDeployment: EdgeDeploymentParamsMap;
  edgeDeployments: EdgeDeploymentsParamsMap;
  embeddedDeployment: EmbeddedDeploymentParamsMap;
  embeddedDeployments: EmbeddedDeploymentsParamsMap;
  event: EventParamsMap;
  events: EventsParamsMap;
  experience: ExperienceParamsMap;
  experienceDomain: ExperienceDomainParamsMap;
  experienceDomains: ExperienceDomainsParamsMap;
  experienceEndpoint: ExperienceEndpointParamsMap;
  experienceEndpoints: ExperienceEndpointsParamsMap;
  experienceGroup: ExperienceGroupParamsMap;
  experienceGroups: ExperienceGroupsParamsMap;
  experienceSlug: ExperienceSlugParamsMap;
  experienceSlugs: ExperienceSlugsParamsMap;
  experienceUser: ExperienceUserParamsMap;
  experienceUsers: ExperienceUsersParamsMap;
  experienceVersion: ExperienceVersionParamsMap;
  experienceVersions: ExperienceVersionsParamsMap;
  experienceView: ExperienceViewParamsMap;
  experienceViews: ExperienceViewsParamsMap;
  file: FileParamsMap;
  files: FilesParamsMap;
  flow: FlowParamsMap;
  flowVersion: FlowVersionParamsMap;
  flowVersions: FlowVersionsParamsMap;
  flows: FlowsParamsMap;
  instance: InstanceParamsMap;
  instanceApiToken: InstanceApiTokenParamsMap;
  instanceApiTokens: InstanceApiTokensParamsMap;
  instanceAuditLog: InstanceAuditLogParamsMap;
  instanceAuditLogs: InstanceAuditLogsParamsMap;
  instanceCustomNode: InstanceCustomNodeParamsMap;
  instanceCustomNodes: InstanceCustomNodesParamsMap;
  instanceMember: InstanceMemberParamsMap;
  instanceMembers: InstanceMembersParamsMap;
  instanceNotificationRule: InstanceNotificationRuleParamsMap;
  instanceNotificationRules: InstanceNotificationRulesParamsMap;
  instanceOrg: InstanceOrgParamsMap;
  instanceOrgInvite: InstanceOrgInviteParamsMap;
  instanceOrgInvites: InstanceOrgInvitesParamsMap;
  instanceOrgMember: InstanceOrgMemberParamsMap;
  instanceOrgMembers: InstanceOrgMembersParamsMap;
  instanceOrgs: InstanceOrgsParamsMap;
  instanceSandbox: InstanceSandboxParamsMap;
  instanceSandboxes: InstanceSandboxesParamsMap;
  instances: InstancesParamsMap;
  integration: IntegrationParamsMap;
  integrations: IntegrationsParamsMap;
  me: MeParamsMap;
  notebook: NotebookParamsMap;
  notebooks: NotebooksParamsMap;
  org: OrgParamsMap;
  orgInvites: OrgInvitesParamsMap;
  orgs: OrgsParamsMap;
  privateFile: PrivateFileParamsMap;
  privateFiles: PrivateFilesParamsMap;
  resourceJob: ResourceJobParamsMap;
  resourceJobs: ResourceJobsParamsMap;
  userApiToken: UserApiTokenParamsMap;
  userApiTokens: UserApiTokensParamsMap;
  userOauthToken: UserOauthTokenParamsMap;
  userOauthTokens: UserOauthTokensParamsMap;
  webhook: WebhookParamsMap;
  webhooks: WebhooksParamsMap;
}

/** Resource → action → result type (behind `Result<R, A>`). */
export interface ResultsByResource {
  application: ApplicationResultMap;
  applicationApiToken: ApplicationApiTokenResultMap;
  applicationApiTokens: ApplicationApiTokensResultMap;
  applicationCertificate: ApplicationCertificateResultMap;
  applicationCertificateAuthorities: ApplicationCertificateAuthoritiesResultMap;
  applicationCertificateAuthority: ApplicationCertificateAuthorityResultMap;
  applicationCertificates: ApplicationCertificatesResultMap;
  applicationDashboard: ApplicationDashboardResultMap;
  applicationDashboards: ApplicationDashboardsResultMap;
  applicationJobLog: ApplicationJobLogResultMap;
  applicationJobLogs: ApplicationJobLogsResultMap;
  applicationKey: ApplicationKeyResultMap;
  applicationKeys: ApplicationKeysResultMap;
  applicationTemplate: ApplicationTemplateResultMap;
  applicationTemplates: ApplicationTemplatesResultMap;
  applications: ApplicationsResultMap;
  auditLog: AuditLogResultMap;
  auditLogs: AuditLogsResultMap;
  auth: AuthResultMap;
  credential: CredentialResultMap;
  credentials: CredentialsResultMap;
  dashboard: DashboardResultMap;
  dashboards: DashboardsResultMap;
  data: DataResultMap;
  dataTable: DataTableResultMap;
  dataTableRow: DataTableRowResultMap;
  dataTableRows: DataTableRowsResultMap;
  dataTables: DataTablesResultMap;
  device: DeviceResultMap;
  deviceAttribute: DeviceAttributeResultMap;
  deviceAttributes: DeviceAttributesResultMap;
  deviceRecipe: DeviceRecipeResultMap;
  deviceRecipes: DeviceRecipesResultMap;
  devices: DevicesResultMap;
  edgeDeployment: EdgeDeploymentResultMap;
  edgeDeployments: EdgeDeploymentsResultMap;
  embeddedDeployment: EmbeddedDeploymentResultMap;
  embeddedDeployments: EmbeddedDeploymentsResultMap;
  event: EventResultMap;
  events: EventsResultMap;
  experience: ExperienceResultMap;
  experienceDomain: ExperienceDomainResultMap;
  experienceDomains: ExperienceDomainsResultMap;
  experienceEndpoint: ExperienceEndpointResultMap;
  experienceEndpoints: ExperienceEndpointsResultMap;
  experienceGroup: ExperienceGroupResultMap;
  experienceGroups: ExperienceGroupsResultMap;
  experienceSlug: ExperienceSlugResultMap;
  experienceSlugs: ExperienceSlugsResultMap;
  experienceUser: ExperienceUserResultMap;
  experienceUsers: ExperienceUsersResultMap;
  experienceVersion: ExperienceVersionResultMap;
  experienceVersions: ExperienceVersionsResultMap;
  experienceView: ExperienceViewResultMap;
  experienceViews: ExperienceViewsResultMap;
  file: FileResultMap;
  files: FilesResultMap;
  flow: FlowResultMap;
  flowVersion: FlowVersionResultMap;
  flowVersions: FlowVersionsResultMap;
  flows: FlowsResultMap;
  instance: InstanceResultMap;
  instanceApiToken: InstanceApiTokenResultMap;
  instanceApiTokens: InstanceApiTokensResultMap;
  instanceAuditLog: InstanceAuditLogResultMap;
  instanceAuditLogs: InstanceAuditLogsResultMap;
  instanceCustomNode: InstanceCustomNodeResultMap;
  instanceCustomNodes: InstanceCustomNodesResultMap;
  instanceMember: InstanceMemberResultMap;
  instanceMembers: InstanceMembersResultMap;
  instanceNotificationRule: InstanceNotificationRuleResultMap;
  instanceNotificationRules: InstanceNotificationRulesResultMap;
  instanceOrg: InstanceOrgResultMap;
  instanceOrgInvite: InstanceOrgInviteResultMap;
  instanceOrgInvites: InstanceOrgInvitesResultMap;
  instanceOrgMember: InstanceOrgMemberResultMap;
  instanceOrgMembers: InstanceOrgMembersResultMap;
  instanceOrgs: InstanceOrgsResultMap;
  instanceSandbox: InstanceSandboxResultMap;
  instanceSandboxes: InstanceSandboxesResultMap;
  instances: InstancesResultMap;
  integration: IntegrationResultMap;
  integrations: IntegrationsResultMap;
  me: MeResultMap;
  notebook: NotebookResultMap;
  notebooks: NotebooksResultMap;
  org: OrgResultMap;
  orgInvites: OrgInvitesResultMap;
  orgs: OrgsResultMap;
  privateFile: PrivateFileResultMap;
  privateFiles: PrivateFilesResultMap;
  resourceJob: ResourceJobResultMap;
  resourceJobs: ResourceJobsResultMap;
  userApiToken: UserApiTokenResultMap;
  userApiTokens: UserApiTokensResultMap;
  userOauthToken: UserOauthTokenResultMap;
  userOauthTokens: UserOauthTokensResultMap;
  webhook: WebhookResultMap;
  webhooks: WebhooksResultMap;
}
