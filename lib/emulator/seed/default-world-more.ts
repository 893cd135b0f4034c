/**
 * One believable item for each collection of the demo seed that
 * default-world.ts does not fill (certificates, templates, experience
 * resources, the instances and their parts, …), under the API documentation's
 * example ids, so every docs example that names one finds it.
 */
import type { SeedResources } from '../types';

const ORG = '575ed6e87ae143cd83dc4aa8';
const APP = '575ec8687ae143cd83dc4a97';
const INSTANCE = '575ec7417ae143cd83dc4a96';
// The instances the docs' instance examples name: a user is a member of several.
const DOCS_INSTANCE = '575ec8687ae143cd83dc4a97';
const SECOND_INSTANCE = '575ec8687ae143cd83dc4a95';
const SHARED = '575ed78e7ae143cd83dc4aab';
const CREATED = '2016-06-13T04:00:00.000Z';
const dates = { creationDate: CREATED, lastUpdated: CREATED };
const inApp = (id: string, idField: string, extra: object) => ({ id, [idField]: id, applicationId: APP, ...dates, ...extra });
/** Ada, the demo user, administers every instance. */
const ada = (instanceId: string) => ({ instanceId, userId: '575ed70c7ae143cd83dc4aa1', email: 'email@example.com', firstName: 'Ada', lastName: 'Admin', role: 'admin' });
const sandbox = (instanceId: string, id: string, email: string, firstName: string) => ({ id, instanceSandboxId: id, instanceId, email, firstName, lastName: 'Box', ...dates });

export const moreResources: SeedResources = {
  applicationCertificateAuthorities: [inApp('575ec76c7ae143cd83dc4a96', 'applicationCertificateAuthorityId', {
    name: 'Greenhouse CA', description: 'Signs the sensors\' certificates', status: 'active',
  })],
  applicationCertificates: [inApp('575ec76c7ae143cd83dc4a96', 'applicationCertificateId', {
    description: 'Sensor 1 certificate', status: 'active', filterType: 'all',
  })],
  applicationTemplates: [{
    id: '575ed0de7ae143cd83dc4aa5', name: 'Smart Greenhouse', description: 'Sensors, alerts and a dashboard for a greenhouse',
    keywords: ['greenhouse', 'agriculture'], categoryIds: ['575ec76c7ae143cd83dc4a96'], public: true, authorName: 'Demo Org', ...dates,
  }],
  auditLogs: [{
    id: '57955788124b37010084c053', auditLogId: '57955788124b37010084c053', orgId: ORG, creationDate: CREATED,
    primaryTargetId: APP, primaryTargetType: 'Application', primaryTargetName: 'Greenhouse Monitor',
    actorId: '575ed70c7ae143cd83dc4aa1', actorType: 'User', actorName: 'Ada Admin', requestMethod: 'patch', requestPath: `/applications/${APP}`,
  }],
  deviceRecipes: [inApp('575ecec57ae143cd83dc4a9f', 'deviceRecipeId', {
    name: 'Greenhouse sensor', deviceName: 'Greenhouse Sensor', deviceClass: 'standalone',
    attributes: [{ name: 'temperature', dataType: 'number' }, { name: 'humidity', dataType: 'number' }], tags: [{ key: 'zone', value: 'north' }],
  })],
  edgeDeployments: [inApp(SHARED, 'edgeDeploymentId', {
    deviceId: '575ed18f7ae143cd83dc4bb6', deviceName: 'Greenhouse Gateway', flowId: '575ed18f7ae143cd83dc4aa6', flowName: 'Temperature Alerts',
    currentVersion: 'v1.0.0', desiredVersion: 'v1.0.0',
  })],
  embeddedDeployments: [inApp(SHARED, 'embeddedDeploymentId', {
    deviceId: '575ecf887ae143cd83dc4aa3', deviceName: 'Greenhouse Sensor 2', currentBundleVersion: 'v1.0.0', desiredBundleVersion: 'v1.0.0',
  })],
  events: [inApp('575ed0de7ae143cd83dc4aa5', 'eventId', {
    sourceType: 'flow', sourceId: '575ed18f7ae143cd83dc4aa6', sourceName: 'Temperature Alerts', level: 'warning', state: 'new',
    subject: 'The north zone is warm', message: 'Greenhouse Sensor 1 reads 23.4 °C', deviceId: '575ecf887ae143cd83dc4aa2', deviceName: 'Greenhouse Sensor 1',
  })],
  experienceDomains: [inApp(SHARED, 'experienceDomainId', { domainName: 'greenhouse.example.com', version: 'develop' })],
  experienceEndpoints: [inApp(SHARED, 'experienceEndpointId', {
    description: 'The readings of one zone', route: '/zones/{zone}', method: 'get', enabled: true, access: 'public',
  })],
  experienceGroups: [inApp(SHARED, 'experienceGroupId', { name: 'Growers', description: 'People who tend the greenhouse', experienceUserIds: [SHARED] })],
  experienceSlugs: [inApp(SHARED, 'experienceSlugId', { slug: 'greenhouse', version: 'develop' })],
  experienceUsers: [inApp(SHARED, 'experienceUserId', { email: 'grower@example.com', firstName: 'Gwen', lastName: 'Grower', password: 'grower-password' })],
  experienceVersions: [inApp(SHARED, 'experienceVersionId', { version: 'v1', description: 'The first published experience' })],
  experienceViews: [inApp(SHARED, 'experienceViewId', { name: 'Zone page', viewType: 'page', description: 'One zone\'s readings' })],
  files: [{
    id: '575ec76c7ae143cd83dc4a96', applicationId: APP, ...dates, name: 'greenhouse-layout.png', parentDirectory: '/', type: 'file',
    status: 'completed', fileSize: 20480, contentType: 'image/png',
  }],
  integrations: [inApp(SHARED, 'integrationId', {
    name: 'Weather feed', integrationType: 'mqtt', enabled: true, topics: ['weather/north'],
    mqttConfig: { host: 'broker.example.com', port: 8883, protocol: 'mqtts' },
  })],
  notebooks: [inApp(SHARED, 'notebookId', { name: 'Weekly yield', description: 'Harvest per zone per week', imageVersion: 'v3' })],
  resourceJobs: [inApp(APP, 'resourceJobId', { name: 'Recalibrate sensors', description: 'Sends a calibration command to each sensor', resourceType: 'device' })],
  instances: [
    { id: INSTANCE, instanceId: INSTANCE, name: 'Emulated Instance', ...dates, allowAuditLogging: true },
    { id: DOCS_INSTANCE, instanceId: DOCS_INSTANCE, name: 'Production Instance', ...dates, allowAuditLogging: true },
    { id: SECOND_INSTANCE, instanceId: SECOND_INSTANCE, name: 'Staging Instance', ...dates, allowAuditLogging: false },
  ],
  instanceApiTokens: [{
    id: '575ec7417ae143cd83dc4a95', apiTokenId: '575ec7417ae143cd83dc4a95', instanceId: INSTANCE, name: 'Instance automation',
    token: 'emu-instance-token', scope: ['all.Instance'], status: 'active', ...dates,
  }],
  instanceCustomNodes: [{
    id: '575ec7417ae143cd83dc4a95', instanceCustomNodeId: '575ec7417ae143cd83dc4a95', instanceId: INSTANCE, name: 'Dew Point',
    shortDescription: 'Dew point from temperature and humidity', ...dates,
  }],
  instanceMembers: [
    ada(INSTANCE),
    { instanceId: INSTANCE, userId: '575ed70c7ae143cd83dc4aa9', email: 'example@example.com', firstName: 'Example', lastName: 'Name', role: 'view' },
    ada(DOCS_INSTANCE),
    { instanceId: DOCS_INSTANCE, userId: '575ec8687ae143cd83dc4a94', email: 'ines@example.com', firstName: 'Ines', lastName: 'Instance', role: 'view' },
    ada(SECOND_INSTANCE),
  ],
  instanceSandboxes: [
    sandbox(INSTANCE, '575ec8687ae143cd83dc4a9e', 'sam.box@example.com', 'Sam'),
    sandbox(DOCS_INSTANCE, '575ec8687ae143cd83dc4a97', 'sandbox@example.com', 'Sandy'),
  ],
};
