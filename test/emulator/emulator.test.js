'use strict';
// The emulator's programmatic API: startEmulator's result, seeds (default,
// object, file, invalid), snapshot/reset, and a close() that really closes.
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator, defaultSeed } = require('../../dist/emulator.js');
const { rawRequest } = require('../helpers/emulator-http');
const { ORG, SCRATCH, PARTNER, USER, ADMIN, INVITE, APP, DASH, TOKENS, usageSeed } = require('../helpers/emulator-fixtures');

function copy(value) {
  return JSON.parse(JSON.stringify(value));
}

/** The demo fields the Org-only emulator had, before issue 12 added the rest of the API's. */
const ORG_DEMO_KEYS = ['token', 'readToken', 'orgId', 'userId', 'inviteId', 'applicationId', 'dashboardId'];
const DEVICE = '575ecf887ae143cd83dc4aa2';

function pick(object, keys) {
  const out = {};
  for (const k of keys) out[k] = object[k];
  return out;
}

describe('emulator: startEmulator', () => {
  let emu;
  afterEach(async () => {
    if (emu) await emu.close();
    emu = undefined;
  });

  it('listens on 127.0.0.1 on a free port and reports the demo ids and tokens', async () => {
    emu = await startEmulator();
    expect(emu.url).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emu.port).to.be.above(0);
    expect(emu.url).to.equal(`http://127.0.0.1:${emu.port}`);
    expect(emu.tokens).to.deep.equal([
      { name: 'admin', token: TOKENS.admin, scopes: ['all.User'], userId: ADMIN },
      { name: 'readonly', token: TOKENS.readonly, scopes: ['all.User.read'], userId: ADMIN },
      { name: 'getOnly', token: TOKENS.getOnly, scopes: ['org.get'], userId: ADMIN },
      { name: 'member', token: 'emu-member-token', scopes: ['all.User'], userId: USER },
      { name: 'device', token: 'emu-device-token', scopes: ['all.Device'], applicationId: APP, deviceId: DEVICE },
    ]);
    expect(emu.orgIds).to.deep.equal([ORG, SCRATCH, PARTNER]);
    expect(pick(emu.demo, ORG_DEMO_KEYS)).to.deep.equal({
      token: TOKENS.admin, readToken: TOKENS.readonly, orgId: ORG, userId: USER, inviteId: INVITE, applicationId: APP, dashboardId: DASH,
    });
    // Issue 12: the rest of the world, each id the API documentation's example, within the demo application.
    expect(emu.demo).to.include({
      email: 'email@example.com', password: 'this is the password', memberToken: 'emu-member-token', key: 'greenhouse-sensors-key', secret: 'greenhouse-sensors-secret',
      deviceId: DEVICE, dataTableId: '575ed78e7ae143cd83dc4aab', rowId: '596f832b128eda5cfe765443', flowId: '575ed18f7ae143cd83dc4aa6',
      flowVersionId: '675ed18f7ae143cd83dc4bb7', webhookId: '575ed78e7ae143cd83dc4aab', applicationKeyId: '575ec76c7ae143cd83dc4a96',
      apiTokenId: '575ec7417ae143cd83dc4a95', instanceId: '575ec7417ae143cd83dc4a96',
    });
    // Issue 23: an item of each collection API 1.30.0 added, under the documentation's example ids.
    expect(emu.demo).to.include({
      credentialId: '575ec76c7ae143cd83dc4a96', privateFileId: '575ec76c7ae143cd83dc4a96', jobId: '575ec8687ae143cd83dc4a98',
      oauthTokenId: '575ec7417ae143cd83dc4a95', instanceAuditLogId: '57955788124b37010084c053', notificationRuleId: '575ec7417ae143cd83dc4a95',
      myInviteId: '575ec8687ae143cd83dc4a97',
    });
    expect(Object.keys(emu.demo).filter((k) => !emu.demo[k])).to.deep.equal([]);
  });

  it('serves the demo organization to the client with the demo token', async () => {
    emu = await startEmulator();
    const client = createClient({ accessToken: emu.demo.token, url: emu.url });
    const org = await client.org.get({ orgId: emu.demo.orgId });
    expect(org.name).to.equal('Demo Org');
    expect(org.members.map((m) => m.userId)).to.include(emu.demo.userId);
    expect(org.members.filter((m) => m.userId === emu.demo.userId)[0].role).to.not.equal('admin');
  });

  it('is importable as an ES module too', async () => {
    const esm = await import('losant-org-client/emulator');
    expect(esm.startEmulator).to.be.a('function');
    expect(esm.defaultSeed.orgs[0].id).to.equal(ORG);
  });

  it('keeps defaultSeed deep-frozen and untouched by state changes', async () => {
    expect(Object.isFrozen(defaultSeed)).to.equal(true);
    expect(Object.isFrozen(defaultSeed.orgs[0].members[0])).to.equal(true);
    expect(Object.isFrozen(defaultSeed.tokens[0].scopes)).to.equal(true);
    emu = await startEmulator({ seed: defaultSeed });
    const client = createClient({ accessToken: emu.demo.token, url: emu.url });
    await client.org.patch({ orgId: ORG, organization: { name: 'Changed' } });
    expect(defaultSeed.orgs[0].name).to.equal('Demo Org');
  });

  it('takes a seed object and does not change the caller\'s copy', async () => {
    const seed = usageSeed();
    const before = copy(seed);
    emu = await startEmulator({ seed });
    expect(emu.tokens).to.deep.equal([{ name: 'admin', token: 'usage-admin', scopes: ['all.Organization'] }]);
    expect(emu.orgIds).to.deep.equal([ORG]);
    // No read-only token, member, invite, application or dashboard in this seed; nor anything else.
    expect(pick(emu.demo, ORG_DEMO_KEYS)).to.deep.equal({ token: 'usage-admin', readToken: '', orgId: ORG, userId: '', inviteId: '', applicationId: '', dashboardId: '' });
    expect(Object.keys(emu.demo).filter((k) => k !== 'token' && k !== 'orgId' && emu.demo[k] !== '')).to.deep.equal([]);
    expect(emu.demo).to.have.property('deviceId', '');
    const client = createClient({ accessToken: 'usage-admin', url: emu.url });
    await client.org.patch({ orgId: ORG, organization: { name: 'Other' } });
    expect(seed).to.deep.equal(before);
  });

  it('takes a seed file path', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-seed-'));
    const file = path.join(dir, 'seed.json');
    fs.writeFileSync(file, JSON.stringify(usageSeed()));
    emu = await startEmulator({ seed: file });
    fs.rmSync(dir, { recursive: true, force: true });
    const client = createClient({ accessToken: 'usage-admin', url: emu.url });
    expect((await client.org.get({ orgId: ORG })).name).to.equal('Usage Org');
  });

  it('rejects an invalid seed, naming the field', async () => {
    const badRole = copy(defaultSeed);
    badRole.orgs[0].members[1].role = 'boss';
    await expectRejection(startEmulator({ seed: badRole }), /orgs\[0\]\.members\[1\]\.role must be one of admin/);
    const twoTokens = copy(defaultSeed);
    twoTokens.tokens[1].token = twoTokens.tokens[0].token;
    await expectRejection(startEmulator({ seed: twoTokens }), /tokens\[1\]\.token repeats/);
    const when = usageSeed();
    when.orgs[0].usage.devices[0].day = -1;
    await expectRejection(startEmulator({ seed: when }), /usage\.devices\[0\] needs exactly one of day/);
    await expectRejection(startEmulator({ seed: path.join(os.tmpdir(), 'no-such-seed.json') }), /Cannot read seed file/);
  });

  it('rejects when the port is taken', async () => {
    emu = await startEmulator();
    await expectRejection(startEmulator({ port: emu.port }), /EADDRINUSE/);
  });

  it('places relative `day` entries on the UTC day of its clock', async () => {
    const seed = usageSeed();
    seed.orgs[0].usage.devices = [{ day: -1, created: 2, deleted: 0 }];
    const now = Date.parse('2020-03-15T12:00:00.000Z');
    emu = await startEmulator({ seed, now: () => now });
    const client = createClient({ accessToken: 'usage-admin', url: emu.url });
    const result = await client.org.deviceCounts({ orgId: ORG, start: String(now - 3 * 86400000) });
    const day = result.counts.filter((c) => c.created > 0);
    expect(day).to.deep.equal([{ date: '2020-03-14T00:00:00.000Z', created: 2, deleted: 0, total: 9 }]);
    expect(result.end).to.equal('2020-03-15T12:00:00.000Z');
  });

  it('snapshot() shows changes and reset() undoes them', async () => {
    emu = await startEmulator();
    const client = createClient({ accessToken: emu.demo.token, url: emu.url });
    await client.org.inviteMember({ orgId: ORG, invite: { email: 'a@example.com', role: 'view' } });
    expect(emu.snapshot().orgs[0].invites.map((i) => i.email)).to.deep.equal(['pat@example.com', 'a@example.com']);
    emu.reset();
    expect((await client.org.pendingInvites({ orgId: ORG })).map((i) => i.email)).to.deep.equal(['pat@example.com']);
  });

  it('logs one line per request when given log', async () => {
    const lines = [];
    emu = await startEmulator({ log: (line) => lines.push(line) });
    await rawRequest(emu.url, { path: `/orgs/${ORG}`, token: TOKENS.admin });
    await rawRequest(emu.url, { path: '/nowhere' });
    expect(lines).to.deep.equal([`GET /orgs/${ORG} → 200`, 'GET /nowhere → 404']);
  });
});

describe('emulator: docs/emulator.md', () => {
  it('shows the default seed exactly as it is', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'emulator.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## The default seed'));
    const block = /```json\n([\s\S]*?)\n```/.exec(section);
    expect(block, 'a json block under "The default seed"').to.not.equal(null);
    expect(JSON.parse(block[1])).to.deep.equal(copy(defaultSeed));
  });
});

describe('emulator: close()', () => {
  it('ends idle keep-alive connections and stops listening', async () => {
    const emu = await startEmulator();
    const agent = new http.Agent({ keepAlive: true });
    const socketClosed = new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port: emu.port, path: `/orgs/${ORG}`, agent, headers: { authorization: `Bearer ${TOKENS.admin}` } }, (res) => {
        res.resume();
        res.on('end', () => {
          // The socket is now idle in the agent's pool; only the server can end it.
          req.socket.once('close', () => resolve(true));
          emu.close();
        });
      });
    });
    expect(await socketClosed).to.equal(true);
    await emu.close();
    agent.destroy();
    const err = await rawRequest(emu.url, { path: `/orgs/${ORG}` }).then(() => null, (e) => e);
    expect(err && err.code).to.equal('ECONNREFUSED');
  });

  it('can be called twice', async () => {
    const emu = await startEmulator();
    await emu.close();
    await emu.close();
    const err = await rawRequest(emu.url, { path: '/' }).then(() => null, (e) => e);
    expect(err && err.code).to.equal('ECONNREFUSED');
  });
});

async function expectRejection(promise, pattern) {
  const outcome = await promise.then((value) => ({ value }), (error) => ({ error }));
  if (outcome.value) await outcome.value.close();
  expect(outcome.error, 'expected a rejection').to.be.an('error');
  expect(outcome.error.message).to.match(pattern);
}
