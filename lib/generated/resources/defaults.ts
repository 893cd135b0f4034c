/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/*.json. Regenerate with: npm run build:resources

/** The documented default of each query parameter that has one, by resource and action (used by the emulator). */
export const queryDefaults: { readonly [resource: string]: { readonly [action: string]: { readonly [param: string]: string } } } = {
  application: {
    importLogs: { limit: '1' },
    payloadCounts: { start: '-2592000000', end: '0', asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
    mqttSubscriptionStream: { keepAliveInterval: '2' },
  },
  applicationApiTokens: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applicationCertificateAuthorities: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applicationCertificates: {
    get: { sortField: 'certificateInfo.commonName', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applicationDashboards: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applicationJobLogs: {
    get: { sortField: 'runQueuedAt', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applicationKeys: {
    get: { sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '100' },
  },
  applicationTemplates: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  applications: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
    periodSummaries: { asBytes: 'false', includeNonBillable: 'false', sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  auditLogs: {
    get: { sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '100' },
  },
  credential: {
    linkedResources: { includeCustomNodes: 'false' },
  },
  credentials: {
    get: { sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '100' },
  },
  dashboards: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  dataTableRows: {
    delete: { limit: '1000' },
    get: { sortDirection: 'asc', limit: '1000', offset: '0' },
    query: { sortDirection: 'asc', limit: '1000', offset: '0' },
  },
  dataTables: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  device: {
    export: { start: '1', end: '0' },
    getCommand: { limit: '1', sortDirection: 'desc' },
    getCompositeState: { start: '1', end: '0' },
    getLogEntries: { limit: '1', sortDirection: 'desc' },
    getState: { limit: '1', sortDirection: 'desc' },
    payloadCounts: { start: '-2592000000', end: '0' },
    payloadCountsBreakdown: { start: '-2592000000', end: '0', resolution: '86400000' },
    removeData: { start: '1', end: '0' },
    commandStream: { keepAliveInterval: '2' },
    stateStream: { keepAliveInterval: '2' },
  },
  deviceAttributes: {
    get: { sortField: 'name', sortDirection: 'asc' },
  },
  deviceRecipes: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  devices: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
    getCompositeState: { start: '1', end: '0', sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  edgeDeployments: {
    get: { sortField: 'lastUpdated', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  embeddedDeployments: {
    get: { sortField: 'lastUpdated', sortDirection: 'desc', page: '0', perPage: '1000' },
  },
  events: {
    get: { sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '100' },
  },
  experienceEndpoint: {
    get: { version: 'develop' },
    linkedResources: { version: 'develop', includeCustomNodes: 'false' },
  },
  experienceEndpoints: {
    get: { sortField: 'order', sortDirection: 'asc', version: 'develop' },
    stats: { statGrouping: 'statusCode', duration: '86400000', end: '0', resolution: '3600000' },
  },
  experienceGroup: {
    get: { includeDirectDeviceCount: 'false', includeTotalDeviceCount: 'false' },
  },
  experienceGroups: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  experienceUsers: {
    get: { sortField: 'email', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  experienceVersions: {
    get: { sortField: 'version', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  experienceView: {
    get: { version: 'develop' },
    linkedResources: { version: 'develop', includeCustomNodes: 'false' },
  },
  experienceViews: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100', version: 'develop' },
  },
  files: {
    get: { sortField: 'lastUpdated', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  flow: {
    errors: { duration: '86400000', end: '0', limit: '25', sortDirection: 'desc' },
    get: { includeCustomNodes: 'false' },
    getLogEntries: { limit: '1' },
    patch: { includeCustomNodes: 'false' },
    stats: { duration: '86400000', end: '0', resolution: '3600000' },
  },
  flowVersion: {
    errors: { duration: '86400000', end: '0', limit: '25', sortDirection: 'desc' },
    get: { includeCustomNodes: 'false' },
    getLogEntries: { limit: '1' },
    patch: { includeCustomNodes: 'false' },
    stats: { duration: '86400000', end: '0', resolution: '3600000' },
  },
  flowVersions: {
    get: { sortField: 'version', sortDirection: 'asc', page: '0', perPage: '100', includeCustomNodes: 'false' },
    post: { includeCustomNodes: 'false', allowReplacement: 'false' },
  },
  flows: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100', flowClass: 'cloud', includeCustomNodes: 'false', allVersions: 'false' },
    getByVersion: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100', flowClass: 'cloud', includeCustomNodes: 'false' },
    post: { includeCustomNodes: 'false' },
  },
  instance: {
    historicalSummaries: { month: 'now', sortField: 'currentPeriodStart', sortDirection: 'asc', page: '0', perPage: '100' },
    payloadCounts: { asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
  },
  instanceApiTokens: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  instanceAuditLogs: {
    get: { sortField: 'creationDate', sortDirection: 'desc', page: '0', perPage: '100' },
  },
  instanceCustomNode: {
    errors: { duration: '86400000', end: '0', limit: '25', sortDirection: 'desc' },
    stats: { duration: '86400000', end: '0', resolution: '3600000' },
  },
  instanceCustomNodes: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  instanceMembers: {
    get: { sortField: 'email', sortDirection: 'asc' },
  },
  instanceNotificationRule: {
    logs: { limit: '1' },
  },
  instanceNotificationRules: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  instanceOrg: {
    deviceCounts: { end: '0' },
    payloadCounts: { asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
  },
  instanceOrgInvites: {
    get: { sortField: 'inviteDate', sortDirection: 'desc' },
  },
  instanceOrgMembers: {
    get: { sortField: 'email', sortDirection: 'asc' },
  },
  instanceOrgs: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  instanceSandbox: {
    payloadCounts: { asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
  },
  instanceSandboxes: {
    get: { sortField: 'email', sortDirection: 'asc', limit: '100' },
  },
  instances: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  integrations: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  me: {
    payloadCounts: { asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
  },
  notebook: {
    logs: { limit: '1' },
  },
  notebooks: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  org: {
    payloadCounts: { asBytes: 'false' },
    payloadCountsBreakdown: { resolution: '86400000', asBytes: 'false', includeNonBillable: 'false' },
  },
  orgs: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  privateFile: {
    get: { urlTTL: '900' },
    move: { urlTTL: '900' },
    upload: { urlTTL: '900' },
  },
  privateFiles: {
    get: { sortField: 'lastUpdated', sortDirection: 'asc', page: '0', perPage: '100', urlTTL: '900' },
  },
  resourceJob: {
    logs: { limit: '1' },
  },
  resourceJobs: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  userApiTokens: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  userOauthTokens: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
  webhooks: {
    get: { sortField: 'name', sortDirection: 'asc', page: '0', perPage: '100' },
  },
};
