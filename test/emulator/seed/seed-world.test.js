'use strict';
// Issue 12: the seed's new parts (users, the collections in `resources`, device states and
// commands, tokens tied to a user, an application or a device) are checked at start with a
// message naming the bad field; Org-only seeds still load, their applications becoming
// documents; and a saved state (snapshot or --data file) loads back as the same state.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { ORG, APP, usageSeed } = require('../../helpers/emulator-fixtures');

const copy = (v) => JSON.parse(JSON.stringify(v));

async function expectInvalid(seed, message) {
  const outcome = await startEmulator({ seed }).then((e) => e.close().then(() => null), (err) => err);
  expect(outcome, 'start-up must fail').to.be.an('error');
  expect(outcome.message).to.equal(message);
}

describe('emulator: the seed of the whole API (issue 12)', () => {
  it('names the bad field of users', async () => {
    const cases = [
      [(s) => { s.users[0].id = 'nope'; }, 'Invalid seed: users[0].id must be a 24-hex-digit id'],
      [(s) => { s.users[1].email = 'EMAIL@example.com'; }, 'Invalid seed: users[1].email repeats users[0].email'],
      [(s) => { s.users[0].password = 'short'; }, 'Invalid seed: users[0].password must be a string of 8 to 2048 characters'],
      [(s) => { s.users[0].firstName = 5; }, 'Invalid seed: users[0].firstName must be a string'],
      [(s) => { s.users = {}; }, 'Invalid seed: users must be an array'],
    ];
    for (const [change, message] of cases) {
      const seed = copy(defaultSeed);
      change(seed);
      await expectInvalid(seed, message);
    }
  });

  it('names the bad field of resources: unknown collections, ids, parents and documents', async () => {
    const cases = [
      [(s) => { s.resources.gadgets = []; }, 'Invalid seed: resources.gadgets is not a collection of the API (keys are list resource names: applications, devices, dataTableRows, …)'],
      [(s) => { s.resources.orgs = []; }, 'Invalid seed: resources.orgs cannot be seeded here: organizations, their members and invites go in orgs'],
      [(s) => { delete s.resources.devices[1].id; }, 'Invalid seed: resources.devices[1].id is required (a non-empty string)'],
      [(s) => { s.resources.devices[1].id = s.resources.devices[0].id.toUpperCase(); }, 'Invalid seed: resources.devices[1].id repeats an id of resources.devices'],
      [(s) => { s.resources.devices[0].applicationId = '575ec8687ae143cd83dc4a00'; }, 'Invalid seed: resources.devices[0].applicationId names no item of resources.applications'],
      [(s) => { delete s.resources.devices[0].applicationId; }, 'Invalid seed: resources.devices[0].applicationId is required (the id of the parent)'],
      [(s) => { s.resources.dataTableRows[0].dataTableId = s.resources.dataTables[0].id.replace(/b$/, 'c'); }, 'Invalid seed: resources.dataTableRows[0].dataTableId names no item of resources.dataTables in the same scope'],
      [(s) => { s.resources.auditLogs[0].orgId = '575ed6e87ae143cd83dc4a00'; }, 'Invalid seed: resources.auditLogs[0].orgId names no organization of the seed'],
      [(s) => { s.resources.devices[2].name = 7; }, 'Invalid seed: resources.devices[2].name must be a string'],
      [(s) => { s.resources.devices[0].deviceClass = 'toaster'; }, 'Invalid seed: resources.devices[0].deviceClass must be one of standalone, gateway, peripheral, floating, edgeCompute, system, embedded'],
      [(s) => { s.resources.dataTableRows[0].crop = { nested: true }; }, 'Invalid seed: resources.dataTableRows[0].crop must be a string or a number or a boolean or null'],
    ];
    for (const [change, message] of cases) {
      const seed = copy(defaultSeed);
      change(seed);
      await expectInvalid(seed, message);
    }
  });

  it('names the bad field of device states and commands, and of the ids tokens are tied to', async () => {
    const cases = [
      [(s) => { s.deviceStates[0].deviceId = '575ecf887ae143cd83dc4a00'; }, 'Invalid seed: deviceStates[0].deviceId names no item of resources.devices'],
      [(s) => { s.deviceStates[0].date = '2016-06-13T04:00:00.000Z'; }, 'Invalid seed: deviceStates[0] needs exactly one of minutesAgo (minutes before the start) or date (ISO date-time)'],
      [(s) => { s.deviceStates[0].minutesAgo = -1; }, 'Invalid seed: deviceStates[0].minutesAgo must be a number from 0 to 52704000'],
      [(s) => { s.deviceStates[0].data = { 'bad name': 1 }; }, 'Invalid seed: deviceStates[0].data.bad name is not an allowed key'],
      [(s) => { delete s.deviceCommands[0].name; }, 'Invalid seed: deviceCommands[0].name is required'],
      [(s) => { s.tokens[0].userId = '575ed70c7ae143cd83dc4a00'; }, 'Invalid seed: tokens[0].userId names no user of the seed'],
      [(s) => { s.tokens[4].deviceId = '575ecf887ae143cd83dc4a00'; }, 'Invalid seed: tokens[4].deviceId names no item of resources.devices'],
      [(s) => { s.tokens[4].applicationId = 'greenhouse'; }, 'Invalid seed: tokens[4].applicationId must be a 24-hex-digit id'],
    ];
    for (const [change, message] of cases) {
      const seed = copy(defaultSeed);
      change(seed);
      await expectInvalid(seed, message);
    }
  });

  it('loads an Org-only seed: its listed applications are documents the organization owns', async () => {
    const seed = usageSeed();
    seed.orgs[0].applications = [{ id: APP, name: 'Listed App' }];
    const emu = await startEmulator({ seed });
    try {
      const client = createClient({ url: emu.url, accessToken: 'usage-admin' });
      expect(await client.application.get({ applicationId: APP })).to.include({ name: 'Listed App', ownerId: ORG, ownerType: 'organization' });
      expect((await client.org.get({ orgId: ORG })).summary.appCount).to.equal(1);
      expect(emu.snapshot().orgs[0].applications).to.deep.equal([{ id: APP, name: 'Listed App' }]);
    } finally {
      await emu.close();
    }
  });

  it('a snapshot loads back as the same state, and a --data file keeps every resource across restarts', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-world-'));
    const file = path.join(dir, 'state.json');
    let emu = await startEmulator({ data: file });
    const demo = emu.demo;
    const client = createClient({ url: emu.url, accessToken: demo.token });
    const device = await client.devices.post({ applicationId: demo.applicationId, device: { name: 'Saved Device' } });
    await client.device.sendState({ applicationId: demo.applicationId, deviceId: device.id, deviceState: { data: { saved: true } } });
    const row = await client.dataTableRows.post({ applicationId: demo.applicationId, dataTableId: demo.dataTableId, dataTableRow: { crop: 'saved' } });
    const token = await client.userApiTokens.post({ apiToken: { name: 'Saved token' } });
    const snapshot = emu.snapshot();
    await emu.close();
    const again = await startEmulator({ seed: snapshot });
    expect(again.snapshot()).to.deep.equal(snapshot);
    await again.close();
    emu = await startEmulator({ data: file });
    try {
      const after = createClient({ url: emu.url, accessToken: demo.token });
      expect((await after.device.get({ applicationId: demo.applicationId, deviceId: device.id })).name).to.equal('Saved Device');
      expect((await after.device.getState({ applicationId: demo.applicationId, deviceId: device.id }))[0].data).to.deep.equal({ saved: true });
      expect((await after.dataTableRow.get({ applicationId: demo.applicationId, dataTableId: demo.dataTableId, rowId: row.id })).crop).to.equal('saved');
      // The API token still works: its secret was saved, not shown.
      expect((await createClient({ url: emu.url, accessToken: token.token }).me.get({})).id).to.equal('575ed70c7ae143cd83dc4aa1');
      expect(JSON.parse(fs.readFileSync(file, 'utf8'))).to.deep.equal(emu.snapshot());
    } finally {
      await emu.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
