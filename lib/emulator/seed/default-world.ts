/**
 * The IoT world of the demo seed around the organizations of default-seed.ts:
 * its users, the greenhouse application (devices with recent state, a
 * dashboard, a data table with rows, a webhook, a flow, keys and tokens) and
 * a delivery fleet. Ids are the API documentation's example ids wherever it
 * gives them, so each example in docs/ works against this seed as written;
 * default-world-more.ts has one item for each remaining collection.
 */
import { resources130 } from './default-world-1-30';
import { moreResources } from './default-world-more';
import type { SeedDeviceCommand, SeedDeviceState, SeedResources, SeedUser } from '../types';

export const IDS = {
  org: '575ed6e87ae143cd83dc4aa8',
  ada: '575ed70c7ae143cd83dc4aa1',
  example: '575ed70c7ae143cd83dc4aa9',
  greenhouse: '575ec8687ae143cd83dc4a97',
  fleet: '575ec8687ae143cd83dc4a98',
  sensor: '575ecf887ae143cd83dc4aa2',
  sensor2: '575ecf887ae143cd83dc4aa3',
  gateway: '575ed18f7ae143cd83dc4bb6',
  truck: '575ecf887ae143cd83dc4ab1',
  dashboard: '575ece7e7ae143cd83dc4a9c',
  dataTable: '575ed78e7ae143cd83dc4aab',
  flow: '575ed18f7ae143cd83dc4aa6',
  key: '575ec76c7ae143cd83dc4a96',
  apiToken: '575ec7417ae143cd83dc4a95',
};

const CREATED = '2016-06-13T04:00:00.000Z';
const dates = { creationDate: CREATED, lastUpdated: CREATED };
const inOrg = { ownerId: IDS.org, ownerType: 'organization', organizationName: 'Demo Org', organizationIconColor: '#2e7d32' };
const num = (name: string) => ({ name, dataType: 'number' });

/**
 * The users carry the API documentation's example credentials, so its login, password and
 * two-factor examples work as written: Ada, whose token is the demo's, the login's
 * (`email@example.com`, as `me.patch`'s example sets it again); Example Name the two-factor
 * examples' password; Noor `me.changePassword`'s.
 */
export const users: SeedUser[] = [
  {
    id: IDS.ada, userId: IDS.ada, email: 'email@example.com', password: 'this is the password', firstName: 'Ada', lastName: 'Admin',
    companyName: 'Demo Org', emailVerified: true, twoFactorAuthEnabled: true, fullName: 'Ada Admin', ...dates,
  },
  {
    id: IDS.example, userId: IDS.example, email: 'example@example.com', password: 'this would be your password', firstName: 'Example', lastName: 'Name',
    emailVerified: true, twoFactorAuthEnabled: false, fullName: 'Example Name', ...dates,
  },
  // In no organization yet: someone to add as a member or to an instance.
  {
    id: '575ed70c7ae143cd83dc4aa4', userId: '575ed70c7ae143cd83dc4aa4', email: 'noor@example.com', password: 'yourCurrentPassword',
    firstName: 'Noor', lastName: 'Newcomer', emailVerified: true, twoFactorAuthEnabled: false, fullName: 'Noor Newcomer', ...dates,
  },
];

const device = (id: string, app: string, name: string, extra: object) => ({
  id, deviceId: id, applicationId: app, name, ...dates, connectionInfo: { connected: 1, time: CREATED }, ...extra,
});

export const resources: SeedResources = {
  applications: [
    { id: IDS.greenhouse, applicationId: IDS.greenhouse, name: 'Greenhouse Monitor', description: 'Temperature, humidity and soil moisture of two greenhouses', ...inOrg, ...dates },
    { id: IDS.fleet, applicationId: IDS.fleet, name: 'Fleet Tracker', description: 'Where the delivery trucks are', ...inOrg, ...dates },
  ],
  devices: [
    device(IDS.sensor, IDS.greenhouse, 'Greenhouse Sensor 1', {
      deviceClass: 'standalone', tags: [{ key: 'zone', value: 'north' }, { key: 'floor', value: '1' }],
      attributes: [num('temperature'), num('humidity'), num('soilMoisture'), { ...num('voltage'), description: 'Battery voltage', attributeTags: { unit: 'V' } }],
    }),
    device(IDS.gateway, IDS.greenhouse, 'Greenhouse Gateway', {
      deviceClass: 'gateway', tags: [{ key: 'zone', value: 'north' }], attributes: [{ name: 'status', dataType: 'string' }],
    }),
    device(IDS.sensor2, IDS.greenhouse, 'Greenhouse Sensor 2', {
      deviceClass: 'peripheral', gatewayId: IDS.gateway, tags: [{ key: 'zone', value: 'south' }], attributes: [num('temperature'), num('humidity')],
    }),
    device(IDS.truck, IDS.fleet, 'Delivery Truck 7', {
      deviceClass: 'standalone', tags: [{ key: 'route', value: 'downtown' }], attributes: [{ name: 'location', dataType: 'gps' }, num('speed')],
    }),
  ],
  dashboards: [
    { id: IDS.dashboard, dashboardId: IDS.dashboard, name: 'Greenhouse Overview', applicationId: IDS.greenhouse, applicationName: 'Greenhouse Monitor', ...inOrg, ...dates, blocks: [] },
    { id: '575ece7e7ae143cd83dc4a9d', dashboardId: '575ece7e7ae143cd83dc4a9d', name: 'Fleet Map', applicationId: IDS.fleet, applicationName: 'Fleet Tracker', ...inOrg, ...dates, blocks: [] },
    // The id the API documentation's dashboard and application dashboard examples name.
    { id: '575ece2b7ae143cd83dc4a9b', dashboardId: '575ece2b7ae143cd83dc4a9b', name: 'Greenhouse Zones', applicationId: IDS.greenhouse, applicationName: 'Greenhouse Monitor', ...inOrg, ...dates, blocks: [] },
  ],
  dataTables: [{
    id: IDS.dataTable, dataTableId: IDS.dataTable, applicationId: IDS.greenhouse, name: 'Harvest Log', description: 'What each zone yielded', ...dates,
    columns: [
      { name: 'crop', dataType: 'string', constraint: 'optional' },
      { name: 'zone', dataType: 'string', constraint: 'optional' },
      { name: 'weightKg', dataType: 'number', constraint: 'optional' },
      // The columns the API documentation's data table and row examples name.
      { name: 'myColumn1', dataType: 'string', constraint: 'optional' },
      { name: 'myColumn2', dataType: 'number', constraint: 'optional' },
      { name: 'myColumnName', dataType: 'string', constraint: 'optional' },
    ],
  }],
  dataTableRows: [
    { applicationId: IDS.greenhouse, dataTableId: IDS.dataTable, id: '596f832b128eda5cfe765443', createdAt: CREATED, updatedAt: CREATED, crop: 'tomato', zone: 'north', weightKg: 12.5 },
    { applicationId: IDS.greenhouse, dataTableId: IDS.dataTable, id: '596f832b128eda5cfe765444', createdAt: CREATED, updatedAt: CREATED, crop: 'basil', zone: 'south', weightKg: 1.2 },
    { applicationId: IDS.greenhouse, dataTableId: IDS.dataTable, id: '596f832b128eda5cfe765445', createdAt: CREATED, updatedAt: CREATED, crop: 'pepper', zone: 'north', weightKg: 7.8 },
  ],
  webhooks: [{
    id: '575ed78e7ae143cd83dc4aab', webhookId: '575ed78e7ae143cd83dc4aab', applicationId: IDS.greenhouse, name: 'Irrigation Alerts',
    token: 'irrigation-alerts', verificationType: 'none', responseCode: 200, waitForReply: false, ...dates,
  }],
  flows: [{
    id: IDS.flow, flowId: IDS.flow, applicationId: IDS.greenhouse, name: 'Temperature Alerts', description: 'Warns when a zone gets too hot',
    flowClass: 'cloud', enabled: true, triggers: [], nodes: [], globals: [], ...dates,
  }],
  flowVersions: [{
    id: '675ed18f7ae143cd83dc4bb7', flowVersionId: '675ed18f7ae143cd83dc4bb7', flowId: IDS.flow, applicationId: IDS.greenhouse,
    version: 'v1.0.0', notes: 'First release', flowClass: 'cloud', enabled: true, triggers: [], nodes: [], globals: [], ...dates,
  }],
  applicationKeys: [{
    id: IDS.key, applicationKeyId: IDS.key, applicationId: IDS.greenhouse, key: 'greenhouse-sensors-key', secret: 'greenhouse-sensors-secret',
    status: 'active', description: 'The greenhouse sensors', filterType: 'all', ...dates,
  }, {
    // The key and secret of the API documentation's device login example (deviceCredentials).
    id: '575ec76c7ae143cd83dc4a99', applicationKeyId: '575ec76c7ae143cd83dc4a99', applicationId: IDS.greenhouse, key: 'this_would_be_the_key',
    secret: 'this_would_be_the_secret', status: 'active', description: 'The documentation\'s example key', filterType: 'all', ...dates,
  }],
  applicationApiTokens: [{
    id: IDS.apiToken, apiTokenId: IDS.apiToken, applicationId: IDS.greenhouse, ownerId: IDS.greenhouse, ownerType: 'application',
    name: 'Greenhouse integration', token: 'emu-application-token', scope: ['all.Application'], status: 'active', ...dates,
  }],
  userApiTokens: [{
    id: IDS.apiToken, apiTokenId: IDS.apiToken, ownerId: IDS.ada, ownerType: 'user', name: 'Ada\'s command line',
    token: 'emu-user-api-token', scope: ['all.User'], status: 'active', ...dates,
  }],
  ...moreResources,
  ...resources130,
};

/** Each reading `minutes` before the start, so the demo state is always recent. */
const readings = (deviceId: string, rows: Array<[number, { [attribute: string]: number | string }]>): SeedDeviceState[] =>
  rows.map(([minutesAgo, data]) => ({ deviceId, minutesAgo, data }));

export const deviceStates: SeedDeviceState[] = [
  ...readings(IDS.sensor, [
    [50, { temperature: 21.4, humidity: 61, soilMoisture: 38 }], [40, { temperature: 21.9, humidity: 60, soilMoisture: 37 }],
    [30, { temperature: 22.6, humidity: 58, soilMoisture: 37 }], [20, { temperature: 23.1, humidity: 57, soilMoisture: 36 }],
    [10, { temperature: 23.4, humidity: 57, soilMoisture: 35 }], [2, { temperature: 23.2, humidity: 58 }],
  ]),
  ...readings(IDS.sensor2, [[25, { temperature: 19.8, humidity: 66 }], [5, { temperature: 20.1, humidity: 65 }]]),
  ...readings(IDS.gateway, [[15, { status: 'online' }]]),
  ...readings(IDS.truck, [[12, { location: '39.1031,-84.5120', speed: 42 }], [3, { location: '39.1107,-84.5031', speed: 35 }]]),
];

export const deviceCommands: SeedDeviceCommand[] = [
  { deviceId: IDS.sensor, minutesAgo: 45, name: 'setReportInterval', payload: { seconds: 600 } },
  { deviceId: IDS.truck, minutesAgo: 30, name: 'openCargoDoor' },
];
