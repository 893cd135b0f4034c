'use strict';
// Issue 22, test gaps: a mutation audit found one-line bugs that survived every emulator
// test. Each test here fails with one of them: a create that reuses an existing id accepted;
// a patch that changes an item's ids or parents accepted; `$lte` (and `$gte`) losing their
// equality; ids compared case-sensitively. (Inactive tokens and the key's blacklist: in
// emulator-minted-tokens and emulator-device-tokens.)
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');

const ADA = '575ed70c7ae143cd83dc4aa1';
const NOOR = '575ed70c7ae143cd83dc4aa4';

describe('emulator: the one-line bugs of the mutation audit (issue 22, test gaps)', () => {
  let emu;
  let admin;
  let ids;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());
  beforeEach(() => {
    emu.reset();
    ids = emu.demo;
    admin = createClient({ url: emu.url, accessToken: ids.token });
  });

  it('refuses a create whose id is already taken, and the taken item stays as it was', async () => {
    const { instanceId } = ids;
    const before = JSON.stringify(emu.snapshot());
    const err = await admin.instanceMembers.post({ instanceId, member: { userId: ADA, role: 'view' } }).catch((e) => e);
    expect(err.statusCode).to.equal(400);
    expect(err.message).to.match(/already exists/);
    expect(JSON.stringify(emu.snapshot())).to.equal(before);
    expect((await admin.instanceMember.get({ instanceId, userId: ADA })).role).to.equal('admin');
    // A new member is taken; once.
    expect((await admin.instanceMembers.post({ instanceId, member: { userId: NOOR, role: 'view' } })).userId).to.equal(NOOR);
    expect((await admin.instanceMembers.post({ instanceId, member: { userId: NOOR, role: 'admin' } }).catch((e) => e)).statusCode).to.equal(400);
  });

  it('a member of one instance joins another as a second membership: the first is never moved (issue 20)', async () => {
    const seed = emu.snapshot();
    const other = '5f00000000000000000000e3';
    seed.resources.instances.push({ id: other, instanceId: other, name: 'Second', creationDate: '2016-06-13T04:00:00.000Z', lastUpdated: '2016-06-13T04:00:00.000Z' });
    seed.resources.instanceMembers.push({ instanceId: other, userId: NOOR, email: 'noor@example.com', role: 'admin' });
    seed.tokens.push({ name: 'noor', token: 'emu-noor-token', scopes: ['all.User'], userId: NOOR });
    const two = await startEmulator({ seed });
    try {
      const noor = createClient({ url: two.url, accessToken: 'emu-noor-token' });
      expect((await noor.instanceMembers.post({ instanceId: other, member: { userId: ADA, role: 'view' } })).role).to.equal('view');
      // Taken once per instance.
      expect((await noor.instanceMembers.post({ instanceId: other, member: { userId: ADA, role: 'admin' } }).catch((e) => e)).statusCode).to.equal(400);
      const ada = createClient({ url: two.url, accessToken: ids.token });
      expect((await ada.instanceMember.get({ instanceId: ids.instanceId, userId: ADA })).role).to.equal('admin');
      expect((await ada.instanceMember.get({ instanceId: other, userId: ADA })).role).to.equal('view');
      // Her role there is view: she may not change that instance, wherever she is admin.
      expect((await ada.instance.patch({ instanceId: other, instance: { reportConfigs: [] } }).catch((e) => e)).statusCode).to.equal(403);
    } finally {
      await two.close();
    }
  });

  it('a patch changes neither the item\'s ids, nor its parent\'s, nor its creationDate', async () => {
    const { instanceId, instanceCustomNodeId } = ids;
    const path = { instanceId, instanceCustomNodeId };
    const before = await admin.instanceCustomNode.get(path);
    const other = '5f00000000000000000000e9';
    // This patch body takes any other field (a string, a boolean or an empty array): the ids must still hold.
    const patched = await admin.instanceCustomNode.patch({
      ...path,
      instanceCustomNode: { name: 'Renamed', id: other, instanceCustomNodeId: other, instanceId: other, creationDate: '2000-01-01T00:00:00.000Z' },
    });
    expect(patched.name).to.equal('Renamed');
    for (const field of ['id', 'instanceCustomNodeId', 'instanceId', 'creationDate']) expect(patched[field], field).to.equal(before[field]);
    const again = await admin.instanceCustomNode.get(path);
    expect(again.name).to.equal('Renamed');
    expect(again.instanceId).to.equal(instanceId);
    expect((await admin.instanceCustomNodes.get({ instanceId })).items.map((n) => n.id)).to.include(instanceCustomNodeId);
  });

  it('$lte and $gte take the value itself', async () => {
    const table = await admin.dataTables.post({ applicationId: ids.applicationId, dataTable: { name: 'Bounds', columns: [{ name: 'n', dataType: 'number', constraint: 'optional' }] } });
    const path = { applicationId: ids.applicationId, dataTableId: table.id };
    await admin.dataTableRows.post({ ...path, dataTableRow: [{ n: 4 }, { n: 5 }, { n: 6 }] });
    const ns = async (query) => (await admin.dataTableRows.query({ ...path, query, sortColumn: 'n' })).items.map((r) => r.n);
    expect(await ns({ n: { $lte: 5 } })).to.deep.equal([4, 5]);
    expect(await ns({ n: { $gte: 5 } })).to.deep.equal([5, 6]);
    expect(await ns({ n: { $lt: 5 } })).to.deep.equal([4]);
    expect(await ns({ n: { $gt: 5 } })).to.deep.equal([6]);
  });

  it('compares ids case-insensitively: in paths, in bodies and in what a token is tied to', async () => {
    const up = (id) => id.toUpperCase();
    const { applicationId, deviceId } = ids;
    const device = await admin.device.get({ applicationId: up(applicationId), deviceId: up(deviceId) });
    expect(device.id).to.equal(deviceId);
    // A token tied to the application, and one tied to the device, on upper-cased paths.
    const asApp = createClient({ url: emu.url, accessToken: 'emu-application-token' });
    expect((await asApp.device.get({ applicationId: up(applicationId), deviceId })).id).to.equal(deviceId);
    const asDevice = createClient({ url: emu.url, accessToken: 'emu-device-token' });
    expect((await asDevice.device.getState({ applicationId: up(applicationId), deviceId: up(deviceId) })).length).to.be.above(0);
    // A parent named in a body, and a device named at login.
    const dashboard = await admin.dashboards.post({ dashboard: { name: 'Upper', applicationId: up(applicationId) } });
    expect((await admin.applicationDashboards.get({ applicationId })).items.map((d) => d.id)).to.include(dashboard.id);
    const login = await createClient({ url: emu.url }).auth.authenticateDevice({ credentials: { deviceId: up(deviceId), key: ids.key, secret: ids.secret } });
    expect(login.deviceId).to.equal(deviceId);
  });
});
