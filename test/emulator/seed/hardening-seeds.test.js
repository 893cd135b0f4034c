'use strict';
// Issue #15, seeds and state: every bad field is reported as `Invalid seed:
// <field> …` (never a TypeError or RangeError), tokens must be usable bearer
// values, relative days stay in range, ids are unique across organizations,
// names that are Object.prototype members are ordinary keys, and reset()
// returns to the very state the emulator started with.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { rawRequest } = require('../../helpers/emulator-http');
const { ORG, SCRATCH, ADMIN, APP, DASH, INVITE, TOKENS, usageSeed } = require('../../helpers/emulator-fixtures');

const DAY = 86400000;
const copy = (value) => JSON.parse(JSON.stringify(value));

/** Resolves { emulator } or { error }. */
function attempt(options) {
  return startEmulator(options).then((emulator) => ({ emulator }), (error) => ({ error }));
}

async function expectInvalid(seed, message) {
  const outcome = await attempt({ seed });
  if (outcome.emulator) await outcome.emulator.close();
  expect(outcome.error, 'start-up must fail').to.be.an('error');
  if (message instanceof RegExp) expect(outcome.error.message).to.match(message);
  else expect(outcome.error.message).to.equal(message);
}

describe('emulator hardening: seeds (#15)', () => {
  it('#7 a seed without tokens or orgs names the field', async () => {
    await expectInvalid({ orgs: [] }, 'Invalid seed: tokens is required (an array)');
    await expectInvalid({ tokens: [] }, 'Invalid seed: orgs is required (an array)');
    await expectInvalid({ tokens: {}, orgs: [] }, 'Invalid seed: tokens must be an array');
    await expectInvalid({ tokens: [], orgs: 'none' }, 'Invalid seed: orgs must be an array');
  });

  it('#7 a token that could never authenticate is refused (spaces, control or non-ASCII characters)', async () => {
    for (const token of ['has space', ' lead', 'tab\there', 'new\nline', 'nul\u0000', 'caf\u00e9', '']) {
      const seed = copy(defaultSeed);
      seed.tokens[1].token = token;
      await expectInvalid(seed, /^Invalid seed: tokens\[1\]\.token must be a non-empty string of visible ASCII characters/);
    }
  });

  it('#7 a token error does not echo the token value', async () => {
    const seed = copy(defaultSeed);
    seed.tokens[2].token = seed.tokens[0].token;
    await expectInvalid(seed, 'Invalid seed: tokens[2].token repeats tokens[0].token');
  });

  it('#7 no change to any field of a seed gives anything but `Invalid seed: …` or a working emulator', async function () {
    this.timeout(60000);
    const base = {
      tokens: [{ name: 'admin', token: 'fuzz-admin', scopes: ['all.Organization'] }],
      orgs: [{
        id: ORG,
        name: 'Fuzz',
        members: [{ userId: ADMIN, email: 'ada@example.com', role: 'admin' }],
        summary: { deviceCount: 3 },
        invites: [{ id: INVITE, email: 'pat@example.com', role: 'view' }],
        applications: [{ id: APP, name: 'App' }],
        dashboards: [{ id: DASH, name: 'Dash' }],
        usage: {
          devices: [{ day: -1, created: 1, deleted: 0 }],
          notebooks: [{ date: '2016-06-10T10:00:00.000Z', minutes: 5 }],
          payloads: [{ day: 0, hour: 3, type: 'deviceState', source: APP, count: 2, bytes: 10 }],
        },
      }],
    };
    const paths = [];
    (function walk(value, at) {
      paths.push(at);
      if (value && typeof value === 'object') Object.keys(value).forEach((key) => walk(value[key], at.concat(key)));
    }(base, []));
    const bad = [undefined, null, '', 'x y', -1, 1.5, 1e10, -1e17, {}, [], true];
    let started = 0;
    let refused = 0;
    for (const at of paths.slice(1)) {
      for (const value of bad) {
        const seed = copy(base);
        const parent = at.slice(0, -1).reduce((node, key) => node[key], seed);
        if (value === undefined) delete parent[at[at.length - 1]];
        else parent[at[at.length - 1]] = value;
        const where = `${at.join('.')} = ${JSON.stringify(value)}`;
        const outcome = await attempt({ seed, now: () => Date.parse('2016-06-12T12:00:00.000Z') });
        if (outcome.error) {
          refused += 1;
          expect(outcome.error.message, where).to.match(/^Invalid seed: \S+ /);
          continue;
        }
        started += 1;
        const emu = outcome.emulator;
        try {
          expect(() => emu.snapshot(), where).to.not.throw();
          for (const route of [`/orgs/${ORG}`, `/orgs/${ORG}/deviceCounts`, `/orgs/${ORG}/payloadCounts`, `/orgs/${ORG}/invites`]) {
            const res = await rawRequest(emu.url, { path: route, token: 'fuzz-admin' });
            expect(res.status, `${where}: GET ${route} ${res.text}`).to.be.below(500);
          }
        } finally {
          await emu.close();
        }
      }
    }
    // Both kinds of outcome happen, so the loop really exercised the checks and the emulator.
    expect(refused).to.be.above(100);
    expect(started).to.be.above(20);
  });

  it('#8 a relative day out of range is refused, naming the field', async () => {
    for (const day of [1e10, -1e10, 36501, -36501]) {
      const seed = usageSeed();
      seed.orgs[0].usage.devices[1] = { day, created: 1 };
      await expectInvalid(seed, 'Invalid seed: orgs[0].usage.devices[1].day must be an integer from -36500 to 36500');
    }
    const edge = usageSeed();
    edge.orgs[0].usage.devices[1] = { day: -36500, created: 1 };
    const { emulator } = await attempt({ seed: edge });
    expect(emulator.snapshot().orgs[0].usage.devices).to.have.length(3);
    await emulator.close();
  });

  it('#4 an application, dashboard or invite id owned by two organizations is refused', async () => {
    // In the Org-only format, both organizations list the same id.
    const apps = copy(defaultSeed);
    apps.orgs[0].applications = [{ id: APP, name: 'Here' }];
    apps.orgs[1].applications = [{ id: APP.toUpperCase(), name: 'Also here' }];
    await expectInvalid(apps, 'Invalid seed: orgs[1].applications[0].id repeats orgs[0].applications[0].id');
    const dashes = copy(defaultSeed);
    dashes.orgs[0].dashboards = [{ id: DASH, name: 'Here' }];
    dashes.orgs[1].dashboards = [{ id: DASH, name: 'Also here' }];
    await expectInvalid(dashes, 'Invalid seed: orgs[1].dashboards[0].id repeats orgs[0].dashboards[0].id');
    // An organization lists what the documents in `resources` say another owner has (issue 12's seed format).
    const listed = copy(defaultSeed);
    listed.orgs[1].applications = [{ id: APP.toUpperCase(), name: 'Also here' }];
    await expectInvalid(listed, 'Invalid seed: orgs[1].applications[0].id is owned by another owner in resources.applications[0]');
    const listedDash = copy(defaultSeed);
    listedDash.orgs[1].dashboards = [{ id: DASH, name: 'Also here' }];
    await expectInvalid(listedDash, 'Invalid seed: orgs[1].dashboards[0].id is owned by another owner in resources.dashboards[0]');
    const invites = copy(defaultSeed);
    invites.orgs[1].invites = [{ id: INVITE, email: 'pat@example.com', role: 'view' }];
    await expectInvalid(invites, 'Invalid seed: orgs[1].invites[0].id repeats orgs[0].invites[0].id');
  });

  it('#4 after transfers the saved file still loads: ids stay unique across organizations', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-harden-ids-'));
    const file = path.join(dir, 'state.json');
    try {
      let emu = await startEmulator({ data: file });
      const client = createClient({ accessToken: TOKENS.admin, url: emu.url });
      const transfer = { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP, APP.toUpperCase()], dashboardIds: [DASH] };
      await client.org.transferResources({ orgId: ORG, transfer });
      // Moving them back and forth keeps exactly one owner.
      await client.org.transferResources({ orgId: SCRATCH, transfer: { destinationId: ORG, destinationType: 'organization', applicationIds: [APP] } });
      await client.org.transferResources({ orgId: ORG, transfer: { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP], strict: true } });
      await emu.close();
      emu = await startEmulator({ data: file });
      const owned = emu.snapshot().orgs.map((o) => (o.applications || []).map((a) => a.id));
      expect(owned[0]).to.not.include(APP);
      expect(owned[1]).to.deep.equal([APP]);
      await emu.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('#10 reset() returns to the start state even after the clock moved on', async () => {
    let now = Date.parse('2020-03-15T12:00:00.000Z');
    const seed = usageSeed();
    seed.orgs[0].usage.devices.push({ day: -1, created: 4, deleted: 0 });
    seed.orgs[0].usage.payloads.push({ day: 0, hour: 6, type: 'mqttIn', source: 'relative', count: 3 });
    seed.orgs[0].invites = [{ id: INVITE, email: 'pat@example.com', role: 'view' }];
    const emu = await startEmulator({ seed, now: () => now });
    try {
      const atStart = emu.snapshot();
      now += 3 * DAY + 5000;
      const client = createClient({ accessToken: 'usage-admin', url: emu.url });
      await client.org.patch({ orgId: ORG, organization: { name: 'Later' } });
      emu.reset();
      expect(emu.snapshot()).to.deep.equal(atStart);
      // Over HTTP: the relative entry is still on the day before the start, and the invite keeps its start date.
      const counts = await client.org.deviceCounts({ orgId: ORG, start: String(Date.parse('2020-03-13T00:00:00.000Z')) });
      expect(counts.counts.filter((c) => c.created === 4).map((c) => c.date)).to.deep.equal(['2020-03-14T00:00:00.000Z']);
      const invites = await client.org.pendingInvites({ orgId: ORG });
      expect(invites[0].inviteDate).to.equal('2020-03-15T12:00:00.000Z');
    } finally {
      await emu.close();
    }
  });
});
