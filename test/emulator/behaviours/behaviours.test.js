'use strict';
// Issue 12: the behaviours written by hand, through the client in both styles: logins that
// issue working tokens scoped as documented, device state and commands, data table rows
// (insert, the advanced query format, delete), `me` and `orgs` agreeing with the Org
// state, and transferResources moving real applications.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { call, expectDocumented } = require('../../helpers/emulator-calls');
const { rawRequest } = require('../../helpers/emulator-http');

const STYLES = ['callback', 'promise'];

describe('emulator: hand-written behaviours (issue 12)', () => {
  let emu;
  let demo;
  let client;
  before(async () => {
    emu = await startEmulator();
    demo = emu.demo;
    client = createClient({ url: emu.url, accessToken: demo.token, retries: 0 });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  /** A client call (in `style`) whose answer must be documented. */
  async function ok(resource, action, params, style, c = client) {
    const result = await call(c[resource][action], params, style);
    expectDocumented(resource, action, result);
    return result;
  }
  async function fails(resource, action, params, c = client) {
    const err = await c[resource][action](params).then(() => null, (e) => e);
    expect(err, `${resource}.${action} should fail`).to.be.an('error');
    return err;
  }
  const app = () => ({ applicationId: demo.applicationId });
  const dev = () => ({ applicationId: demo.applicationId, deviceId: demo.deviceId });

  for (const style of STYLES) {
    describe(`with ${style}s`, () => {
      it('auth.authenticateUser: a seeded user\'s password gives an all.User token that works; a wrong one 401', async () => {
        const authed = await ok('auth', 'authenticateUser', { credentials: { email: demo.email, password: demo.password } }, style, createClient({ url: emu.url }));
        expect(authed.userId).to.equal('575ed70c7ae143cd83dc4aa1');
        const asUser = createClient({ url: emu.url, accessToken: authed.token });
        expect((await ok('me', 'get', {}, style, asUser)).email).to.equal(demo.email);
        expect((await ok('applications', 'get', {}, style, asUser)).totalCount).to.equal(2);
        const wrong = await fails('auth', 'authenticateUser', { credentials: { email: demo.email, password: 'not-the-password' } });
        expect([wrong.statusCode, wrong.type]).to.deep.equal([401, 'Unauthorized']);
        const nobody = await fails('auth', 'authenticateUser', { credentials: { email: 'nobody@example.com', password: demo.password } });
        expect(nobody.statusCode).to.equal(401);
      });

      it('auth.authenticateUser: requestedScopes limit the token', async () => {
        const authed = await ok('auth', 'authenticateUser', { credentials: { email: demo.email, password: demo.password, requestedScopes: ['all.User.read'] } }, style);
        const reader = createClient({ url: emu.url, accessToken: authed.token });
        await ok('applications', 'get', {}, style, reader);
        const denied = await fails('applications', 'post', { application: { name: 'Nope' } }, reader);
        expect(denied.statusCode).to.equal(403);
      });

      it('auth.authenticateDevice: a key and secret give an all.Device token for that device only', async () => {
        const authed = await ok('auth', 'authenticateDevice', { credentials: { deviceId: demo.deviceId, key: demo.key, secret: demo.secret } }, style);
        expect(authed).to.include({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceClass: 'standalone' });
        const device = createClient({ url: emu.url, accessToken: authed.token });
        await ok('device', 'sendState', Object.assign(dev(), { deviceState: { data: { temperature: 30 } } }), style, device);
        const state = await ok('device', 'getState', dev(), style, device);
        expect(state[0].data).to.deep.equal({ temperature: 30 });
        const other = await fails('device', 'getState', { applicationId: demo.applicationId, deviceId: '575ecf887ae143cd83dc4aa3' }, device);
        expect(other.statusCode).to.equal(403);
        const notDevice = await fails('applications', 'get', {}, device);
        expect(notDevice.statusCode).to.equal(403);
        const bad = await fails('auth', 'authenticateDevice', { credentials: { deviceId: demo.deviceId, key: demo.key, secret: 'wrong' } });
        expect(bad.statusCode).to.equal(401);
      });

      it('device state: sendState stores one or many, getState and getCompositeState read them back', async () => {
        await ok('device', 'sendState', Object.assign(dev(), { deviceState: { time: 1465790400000, data: { temperature: 19.5 } } }), style);
        await ok('device', 'sendState', Object.assign(dev(), { deviceState: [{ data: { humidity: 70 } }, { data: { temperature: 25, humidity: 71 } }] }), style);
        const latest = await ok('device', 'getState', Object.assign(dev(), { limit: '2' }), style);
        expect(latest.map((s) => s.data)).to.deep.equal([{ temperature: 25, humidity: 71 }, { humidity: 70 }]);
        const old = await ok('device', 'getState', Object.assign(dev(), { limit: '1', sortDirection: 'asc' }), style);
        expect(old[0]).to.deep.equal({ time: '2016-06-13T04:00:00.000Z', data: { temperature: 19.5 } });
        const composite = await ok('device', 'getCompositeState', Object.assign(dev(), { attributes: 'temperature,humidity' }), style);
        expect(composite.temperature.value).to.equal(25);
        expect(composite.humidity.value).to.equal(71);
        expect(composite).to.not.have.property('soilMoisture');
      });

      it('commands: sendCommand and devices.sendCommand are read back with getCommand', async () => {
        await ok('device', 'sendCommand', Object.assign(dev(), { deviceCommand: { name: 'water', payload: { seconds: 30 } } }), style);
        const [last] = await ok('device', 'getCommand', dev(), style);
        expect(last).to.include({ name: 'water' });
        expect(last.payload).to.deep.equal({ seconds: 30 });
        await ok('devices', 'sendCommand', Object.assign(app(), { multiDeviceCommand: { name: 'reboot', deviceTags: [{ key: 'zone', value: 'north' }] } }), style);
        const north = await ok('device', 'getCommand', Object.assign(dev(), { limit: '5' }), style);
        expect(north[0].name).to.equal('reboot');
        const south = await ok('device', 'getCommand', { applicationId: demo.applicationId, deviceId: '575ecf887ae143cd83dc4aa3' }, style);
        expect(south.map((c) => c.name)).to.not.include('reboot');
      });

      it('data table rows: insert, query with the advanced format, patch, delete by query', async () => {
        const table = { applicationId: demo.applicationId, dataTableId: demo.dataTableId };
        const one = await ok('dataTableRows', 'post', Object.assign({ dataTableRow: { crop: 'kale', zone: 'south', weightKg: 3 } }, table), style);
        expect(one).to.include({ crop: 'kale', weightKg: 3 });
        const many = await ok('dataTableRows', 'post', Object.assign({ dataTableRow: [{ crop: 'leek', weightKg: 9 }, { crop: 'okra', weightKg: 0.5 }] }, table), style);
        expect(many.count).to.equal(2);
        const heavy = await ok('dataTableRows', 'query', Object.assign({ query: { $and: [{ weightKg: { $gte: 3 } }, { $or: [{ zone: 'north' }, { crop: { $startsWith: 'K', $ci: true } }] }] }, sortColumn: 'weightKg', sortDirection: 'desc' }, table), style);
        expect(heavy.items.map((r) => r.crop)).to.deep.equal(['tomato', 'pepper', 'kale']);
        expect(heavy.totalCount).to.equal(3);
        const page = await ok('dataTableRows', 'get', Object.assign({ sortColumn: 'crop', limit: '2', offset: '1' }, table), style);
        expect(page.items.map((r) => r.crop)).to.deep.equal(['kale', 'leek']);
        expect(page).to.include({ count: 2, totalCount: 6, limit: 2, offset: 1 });
        const patched = await ok('dataTableRow', 'patch', Object.assign({ rowId: one.id, dataTableRow: { weightKg: 4 } }, table), style);
        expect(patched).to.include({ crop: 'kale', weightKg: 4 });
        const removed = await ok('dataTableRows', 'delete', Object.assign({ query: { weightKg: { $lt: 2 } } }, table), style);
        expect(removed.removed).to.equal(2);
        expect((await ok('dataTableRows', 'get', table, style)).items.map((r) => r.crop).sort()).to.deep.equal(['kale', 'leek', 'pepper', 'tomato']);
        const unknown = await fails('dataTableRows', 'post', Object.assign({ dataTableRow: { colour: 'red' } }, table));
        expect([unknown.statusCode, unknown.message]).to.deep.equal([400, 'dataTableRow.colour is not a column of this data table']);
      });

      it('me and orgs agree with the Org state; orgs.post adds the caller as admin', async () => {
        const me = await ok('me', 'get', {}, style);
        expect(me).to.include({ id: '575ed70c7ae143cd83dc4aa1', email: 'email@example.com' });
        expect(me.summary.orgCount).to.equal(2);
        await ok('me', 'patch', { user: { firstName: 'Adeline' } }, style);
        const org = await ok('org', 'get', { orgId: demo.orgId }, style);
        expect(org.members.filter((m) => m.userId === me.id)[0].firstName).to.equal('Adeline');
        const made = await ok('orgs', 'post', { organization: { name: 'Third Org' } }, style);
        expect(made.members.map((m) => [m.userId, m.role])).to.deep.equal([[me.id, 'admin']]);
        const orgs = await ok('orgs', 'get', { sortField: 'name' }, style);
        expect(orgs.items.map((o) => o.name)).to.deep.equal(['Demo Org', 'Scratch Org', 'Third Org']);
        expect((await ok('me', 'get', {}, style)).summary.orgCount).to.equal(3);
        const asMember = createClient({ url: emu.url, accessToken: demo.memberToken });
        expect((await ok('orgs', 'get', {}, style, asMember)).items.map((o) => o.id)).to.deep.equal([demo.orgId]);
      });

      it('org.transferResources moves real applications: owner, lists and counts follow', async () => {
        const scratch = emu.orgIds[1];
        await ok('org', 'transferResources', { orgId: demo.orgId, transfer: { destinationId: scratch, destinationType: 'organization', applicationIds: [demo.applicationId] } }, style);
        const moved = await ok('application', 'get', app(), style);
        expect(moved).to.include({ ownerId: scratch, ownerType: 'organization', organizationName: 'Scratch Org' });
        expect((await ok('applications', 'get', { orgId: scratch }, style)).items.map((a) => a.id)).to.deep.equal([demo.applicationId]);
        expect((await ok('org', 'get', { orgId: scratch }, style)).summary.appCount).to.equal(1);
        expect((await ok('org', 'get', { orgId: demo.orgId }, style)).summary.appCount).to.equal(1);
        // Its devices came along: they live in the application.
        expect((await ok('devices', 'get', app(), style)).totalCount).to.equal(3);
      });

      it('org.delete removes the organization with its applications and what they hold', async () => {
        await ok('org', 'delete', { orgId: demo.orgId }, style);
        const gone = await fails('application', 'get', app());
        expect(gone.statusCode).to.equal(404);
        expect(JSON.stringify(emu.snapshot().resources)).to.not.include(demo.deviceId);
      });
    });
  }

  it('a created API token authenticates with its scopes until it is deleted', async () => {
    const made = await client.applicationApiTokens.post({ applicationId: demo.applicationId, apiToken: { name: 'CI', scope: ['device.get'] } });
    expect(made.token).to.be.a('string');
    const ci = createClient({ url: emu.url, accessToken: made.token });
    expect((await ci.device.get(dev())).id).to.equal(demo.deviceId);
    expect((await ci.devices.get(app()).then(() => null, (e) => e)).statusCode).to.equal(403);
    const again = await client.applicationApiToken.get({ applicationId: demo.applicationId, apiTokenId: made.id });
    expect(again).to.not.have.property('token');
    await client.applicationApiToken.delete({ applicationId: demo.applicationId, apiTokenId: made.id });
    expect((await ci.device.get(dev()).then(() => null, (e) => e)).statusCode).to.equal(401);
  });

  it('an item is found only within the parents its path names; 405 lists every method of a path', async () => {
    const truck = '575ecf887ae143cd83dc4ab1';
    expect((await client.device.get({ applicationId: '575ec8687ae143cd83dc4a98', deviceId: truck })).name).to.equal('Delivery Truck 7');
    const elsewhere = await fails('device', 'get', { applicationId: demo.applicationId, deviceId: truck });
    expect([elsewhere.statusCode, elsewhere.message]).to.deep.equal([404, `Device ${truck} was not found`]);
    const res = await rawRequest(emu.url, { method: 'PUT', path: `/applications/${demo.applicationId}/devices`, token: demo.token });
    expect(res.status).to.equal(405);
    expect(res.headers.allow.split(', ').sort()).to.deep.equal(['GET', 'HEAD', 'PATCH', 'POST']);
    const head = await rawRequest(emu.url, { method: 'HEAD', path: `/applications/${demo.applicationId}/devices`, token: demo.token });
    expect([head.status, head.text]).to.deep.equal([200, '']);
  });

  it('data table columns: required, unique, types and defaults; a refused insert of many stores none', async () => {
    const table = await client.dataTables.post(Object.assign({
      dataTable: {
        name: 'Sensors', columns: [
          { name: 'serial', dataType: 'string', constraint: 'unique' },
          { name: 'zone', dataType: 'string', constraint: 'required' },
          { name: 'active', dataType: 'boolean', constraint: 'optional', defaultValue: true },
        ],
      },
    }, app()));
    const where = Object.assign({ dataTableId: table.id }, app());
    expect(await client.dataTableRows.post(Object.assign({ dataTableRow: { serial: 'a1', zone: 'north' } }, where))).to.include({ serial: 'a1', active: true });
    const cases = [
      [[{ serial: 'b1', zone: 'south' }, { serial: 'b1', zone: 'south' }], 'dataTableRow[1].serial must be unique in this data table'],
      [[{ serial: 'c1', zone: 'south' }, { serial: 'a1', zone: 'south' }], 'dataTableRow[1].serial must be unique in this data table'],
      [[{ serial: 'd1', zone: 'south' }, { serial: 'd2' }], 'dataTableRow[1].zone is required'],
      [[{ serial: 'e1', zone: 'south', active: 'yes' }], 'dataTableRow[0].active must be a boolean'],
    ];
    for (const [rows, message] of cases) {
      const err = await fails('dataTableRows', 'post', Object.assign({ dataTableRow: rows }, where));
      expect([err.statusCode, err.message]).to.deep.equal([400, message]);
    }
    expect((await client.dataTableRows.get(where)).totalCount).to.equal(1);
  });

  it('what is read back after a change: globals, readme, flow storage', async () => {
    const changed = await client.application.globals({ applicationId: demo.applicationId, globals: [{ key: 'threshold', json: '30' }, { key: 'unit', json: '"C"' }] });
    expect(changed.globals.map((g) => [g.key, g.json])).to.deep.equal([['threshold', '30'], ['unit', '"C"']]);
    await client.application.globals({ applicationId: demo.applicationId, globals: [{ key: 'threshold', json: null }] });
    expect((await client.application.get(app())).globals.map((g) => g.key)).to.deep.equal(['unit']);
    await client.application.readmePatch({ applicationId: demo.applicationId, readme: { content: '# Greenhouse' } });
    expect((await client.application.readme(app())).content).to.equal('# Greenhouse');
    expect(await client.application.get(app())).to.not.have.property('readme');
    const flow = { applicationId: demo.applicationId, flowId: demo.flowId };
    await client.flow.setStorageEntry(Object.assign({ entry: { key: 'count', value: 3 } }, flow));
    expect(await client.flow.getStorageEntries(flow)).to.deep.equal({ count: 3 });
    expect(await client.flow.clearStorageEntries(flow)).to.deep.equal({ count: 3 });
    expect(await client.flow.getStorageEntries(flow)).to.deep.equal({});
  });

  it('bulk actions act on what ids or a query select: devices.patch, devices.delete, events.delete, bulkCreate, experience.delete', async () => {
    const north = { tags: { $tagKey: 'zone', $tagValue: 'north' } };
    const patched = await client.devices.patch(Object.assign({ patchInfo: { query: north, updateFields: { description: 'north side' } } }, app()));
    expect(patched).to.include({ updated: 2 });
    expect((await client.device.get(dev())).description).to.equal('north side');
    const removed = await client.devices.delete(Object.assign({ options: { query: { name: { $startsWith: 'Greenhouse Sensor' } } } }, app()));
    expect(removed).to.deep.equal({ removed: 2, failed: 0 });
    expect((await client.devices.get(app())).items.map((d) => d.name)).to.deep.equal(['Greenhouse Gateway']);
    expect(await client.events.delete(Object.assign({ query: { level: 'warning' } }, app()))).to.deep.equal({ removed: 1 });
    const made = await client.deviceRecipe.bulkCreate(Object.assign({ deviceRecipeId: demo.deviceRecipeId, bulkInfo: { count: 3 } }, app()));
    expect(made).to.include({ created: 3 });
    expect((await client.devices.get(Object.assign({ filterField: 'name', filter: 'Greenhouse Sensor *' }, app()))).totalCount).to.equal(3);
    await client.experience.delete(Object.assign({ keepUsers: 'true' }, app()));
    expect((await client.experienceGroups.get(app())).totalCount).to.equal(0);
    expect((await client.experienceUsers.get(app())).totalCount).to.equal(1);
  });

  it('device lists select by deviceClass, tagFilter, parentId and query, and echo them', async () => {
    const list = await client.devices.get(Object.assign({ deviceClass: 'gateway', tagFilter: [{ key: 'zone' }], query: { name: { $contains: 'gate', $ci: true } }, perPage: '5' }, app()));
    expect(list.items.map((d) => d.name)).to.deep.equal(['Greenhouse Gateway']);
    expect(list).to.include({ deviceClass: 'gateway', perPage: 5, page: 0, count: 1, totalCount: 1, applicationId: demo.applicationId });
    expect(list.tagFilter).to.deep.equal([{ key: 'zone' }]);
    expect(list.query).to.deep.equal({ name: { $contains: 'gate', $ci: true } });
    const classes = await client.devices.get(Object.assign({ deviceClass: ['gateway', 'peripheral'], sortField: 'name' }, app()));
    expect(classes.items.map((d) => d.name)).to.deep.equal(['Greenhouse Gateway', 'Greenhouse Sensor 2']);
    const tagged = await client.devices.get(Object.assign({ query: { tags: { zone: 'south' } } }, app()));
    expect(tagged.items.map((d) => d.name)).to.deep.equal(['Greenhouse Sensor 2']);
    const child = await client.devices.post(Object.assign({ device: { name: 'Valve', parentId: '575ed18f7ae143cd83dc4bb6' } }, app()));
    await client.devices.post(Object.assign({ device: { name: 'Valve Motor', parentId: child.id } }, app()));
    const below = await client.devices.get(Object.assign({ query: { ancestorId: '575ed18f7ae143cd83dc4bb6' }, sortField: 'name' }, app()));
    expect(below.items.map((d) => d.name)).to.deep.equal(['Valve', 'Valve Motor']);
    expect((await client.devices.get(Object.assign({ parentId: child.id }, app()))).items.map((d) => d.name)).to.deep.equal(['Valve Motor']);
  });

  it('me.refreshToken (a GET) issues a token that works at once', async () => {
    const refreshed = await client.me.refreshToken({});
    expect((await createClient({ url: emu.url, accessToken: refreshed.token }).me.get({})).id).to.equal(refreshed.userId);
  });

  it('an application key shows its secret once, and the secret authenticates the device', async () => {
    const key = await client.applicationKeys.post({ applicationId: demo.applicationId, applicationKey: { description: 'new sensors' } });
    expect(key.secret).to.be.a('string');
    expect(await client.applicationKey.get({ applicationId: demo.applicationId, applicationKeyId: key.id })).to.not.have.property('secret');
    const authed = await client.auth.authenticateDevice({ credentials: { deviceId: demo.deviceId, key: key.key, secret: key.secret } });
    expect(authed.deviceId).to.equal(demo.deviceId);
  });
});
