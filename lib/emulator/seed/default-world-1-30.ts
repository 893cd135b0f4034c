/**
 * One item of each collection that API 1.30.0 added to the demo seed, under
 * the API documentation's example ids, so that each docs example of the new
 * resources works against the seed as written: a credential (its secret kept
 * apart, credential-secrets.ts), a private file with its bytes, a job log,
 * Ada's OAuth token, and an instance's audit log and notification rule.
 * (A device attribute is a field of its device: default-world.ts.)
 */
import { createHash } from 'crypto';
import type { SeedResources } from '../types';

const APP = '575ec8687ae143cd83dc4a97';
const ADA = '575ed70c7ae143cd83dc4aa1';
const INSTANCE = '575ec7417ae143cd83dc4a96';
const CREATED = '2016-06-13T04:00:00.000Z';
const dates = { creationDate: CREATED, lastUpdated: CREATED };
const CALIBRATION = 'zone,offset\nnorth,0.4\nsouth,-0.2\n';

export const resources130: SeedResources = {
  credentials: [{
    id: '575ec76c7ae143cd83dc4a96', applicationId: APP, name: 'Weather service', description: 'The forecast API the irrigation flow reads',
    type: 'http', enabled: true, httpConfig: { uriMatch: 'https://weather.example.com/*', authMethod: 'header', publicValue: 'X-Api-Key' },
    secrets: { httpConfig: { secretValue: 'weather-service-secret' } }, createdById: ADA, createdByType: 'user', ...dates,
  }],
  privateFiles: [{
    id: '575ec76c7ae143cd83dc4a96', applicationId: APP, name: 'calibration.csv', parentDirectory: '/', type: 'file', status: 'completed',
    contentType: 'text/csv', fileSize: Buffer.byteLength(CALIBRATION), s3etag: createHash('md5').update(CALIBRATION).digest('hex'),
    content: Buffer.from(CALIBRATION).toString('base64'), authorId: ADA, authorType: 'user', ...dates,
  }],
  applicationJobLogs: [{
    id: '575ec8687ae143cd83dc4a98', jobId: APP, jobExecutionId: '575ec8687ae143cd83dc4a99', applicationId: APP, name: 'Recalibrate sensors',
    runQueuedAt: CREATED, runStartedAt: CREATED, runCompletedAt: CREATED, status: 'completed', requestedById: ADA, requestedByType: 'user',
    ownerType: 'application', ownerId: APP, resourceType: 'device', progress: { completed: 3, total: 3, status: 'completed' },
  }],
  userOauthTokens: [{
    id: '575ec7417ae143cd83dc4a95', oauthTokenId: '575ec7417ae143cd83dc4a95', ownerId: ADA, ownerType: 'user', name: 'Greenhouse reports',
    description: 'The reporting tool Ada signed in to', status: 'active', scope: ['only.User.read'],
    oauth: { client_id: '575ec7417ae143cd83dc4a9a', client_name: 'Greenhouse reports', redirect_uri: 'https://reports.example.com/callback', authorizationStatus: 'authorized' },
    ...dates,
  }],
  instanceAuditLogs: [{
    id: '57955788124b37010084c053', instanceAuditLogId: '57955788124b37010084c053', instanceId: INSTANCE, creationDate: CREATED,
    primaryTargetId: '575ed6e87ae143cd83dc4aa8', primaryTargetType: 'Organization', primaryTargetName: 'Demo Org',
    actorId: ADA, actorType: 'User', actorName: 'Ada Admin', requestResource: 'instanceOrg', requestAction: 'patch', responseStatus: 200,
  }],
  instanceNotificationRules: [{
    id: '575ec7417ae143cd83dc4a95', notificationRuleId: '575ec7417ae143cd83dc4a95', instanceId: INSTANCE, ownerId: INSTANCE, ownerType: 'instance',
    name: 'Payload warning', description: 'Tells the admins when an organization nears its payload limit', enabled: true,
    targetType: 'organization', targetQueryJson: '{}', ruleConfig: { ruleType: 'payloadUsage', thresholdType: 'percentOfLimit', threshold: 80 },
    createdById: ADA, createdByType: 'user', ...dates,
  }],
};
