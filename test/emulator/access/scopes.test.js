'use strict';
// The scope matrix: 13 actions × (write token, read-only token, single-scope
// token, no token), each with exactly the outcome the seed document gives,
// plus every other scope the seed lists. The allowed sets are written out
// here from the seed document, not derived from the action table.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { expectConforms, RESPONSE_SCHEMA } = require('../../helpers/emulator-schemas');
const { rawRequest } = require('../../helpers/emulator-http');
const { ORG, TOKENS, validParams } = require('../../helpers/emulator-fixtures');

const ACTIONS = [
  'delete', 'deviceCounts', 'get', 'inviteMember', 'modifyMember', 'notebookMinuteCounts', 'patch',
  'payloadCounts', 'payloadCountsBreakdown', 'pendingInvites', 'removeMember', 'revokeInvite', 'transferResources',
];
// Actions whose scope list in the seed document includes all.Organization.read and all.User.read.
const READ = ['deviceCounts', 'get', 'notebookMinuteCounts', 'payloadCounts', 'payloadCountsBreakdown', 'pendingInvites'];

/** The default seed plus one token for each remaining scope the seed document lists. */
function matrixSeed() {
  const seed = JSON.parse(JSON.stringify(defaultSeed));
  seed.tokens.push({ name: 'allUser', token: 'tok-all-user', scopes: ['all.User'] });
  seed.tokens.push({ name: 'allUserRead', token: 'tok-all-user-read', scopes: ['all.User.read'] });
  seed.tokens.push({ name: 'orgStar', token: 'tok-org-star', scopes: ['org.*'] });
  // A token with unrelated scopes only: known, but allowed nothing.
  seed.tokens.push({ name: 'other', token: 'tok-other', scopes: ['device.get', 'Organization.read', 'org'] });
  ACTIONS.forEach((name) => seed.tokens.push({ name: `only-${name}`, token: `tok-org-${name}`, scopes: [`org.${name}`] }));
  return seed;
}

describe('emulator: scope matrix', () => {
  let emu;
  before(async () => {
    emu = await startEmulator({ seed: matrixSeed() });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  /** Calls `name` with `token` (none when undefined): 200 with a schema-conforming body, or the error's status and type. */
  async function outcome(name, token) {
    const client = createClient({ accessToken: token, url: emu.url });
    const before = JSON.stringify(emu.snapshot());
    try {
      const result = await client.org[name](validParams()[name]);
      expectConforms(RESPONSE_SCHEMA[name], result);
      return '200';
    } catch (err) {
      if (!err.statusCode) throw err;
      // A refused call changes nothing.
      expect(JSON.stringify(emu.snapshot())).to.equal(before);
      return `${err.statusCode} ${err.type}`;
    }
  }

  const TOKEN_CASES = [
    ['write token (all.Organization)', TOKENS.admin, () => '200'],
    ['read-only token (all.Organization.read)', TOKENS.readonly, (name) => (READ.indexOf(name) !== -1 ? '200' : '403 Forbidden')],
    ['single-scope token (org.get)', TOKENS.getOnly, (name) => (name === 'get' ? '200' : '403 Forbidden')],
    ['no token', undefined, () => '401 Unauthorized'],
  ];

  ACTIONS.forEach((name) => {
    TOKEN_CASES.forEach(([label, token, expected]) => {
      it(`${name} × ${label} → ${expected(name)}`, async () => {
        expect(await outcome(name, token)).to.equal(expected(name));
      });
    });
  });

  it('all.User and org.* allow every action; all.User.read allows exactly the read actions', async () => {
    for (const name of ACTIONS) {
      emu.reset();
      expect(await outcome(name, 'tok-all-user'), name).to.equal('200');
      emu.reset();
      expect(await outcome(name, 'tok-org-star'), name).to.equal('200');
      emu.reset();
      expect(await outcome(name, 'tok-all-user-read'), name).to.equal(READ.indexOf(name) !== -1 ? '200' : '403 Forbidden');
    }
  });

  ACTIONS.forEach((scoped) => {
    it(`org.${scoped} allows ${scoped} and nothing else`, async () => {
      for (const name of ACTIONS) {
        emu.reset();
        expect(await outcome(name, `tok-org-${scoped}`), name).to.equal(name === scoped ? '200' : '403 Forbidden');
      }
    });
  });

  it('a known token with unrelated scopes gets 403 everywhere', async () => {
    for (const name of ACTIONS) expect(await outcome(name, 'tok-other'), name).to.equal('403 Forbidden');
  });

  it('an unknown token, a near miss or another auth scheme gets 401 with a { type, message } body', async () => {
    const headers = [
      'Bearer not-a-token',
      `Bearer ${TOKENS.admin}x`,
      `Bearer ${TOKENS.admin.slice(0, -1)}`,
      `Basic ${Buffer.from(`user:${TOKENS.admin}`).toString('base64')}`,
      TOKENS.admin,
      'Bearer',
    ];
    for (const authorization of headers) {
      const res = await rawRequest(emu.url, { path: `/orgs/${ORG}`, headers: { authorization } });
      expect(res.status, authorization).to.equal(401);
      expect(Object.keys(res.json).sort()).to.deep.equal(['message', 'type']);
      expect(res.json.type).to.equal('Unauthorized');
    }
    const ok = await rawRequest(emu.url, { path: `/orgs/${ORG}`, headers: { authorization: `bearer ${TOKENS.admin}` } });
    expect(ok.status).to.equal(200);
  });

  it('a 403 body is { type: "Forbidden", message } naming the action', async () => {
    const res = await rawRequest(emu.url, { method: 'DELETE', path: `/orgs/${ORG}`, token: TOKENS.readonly });
    expect(res.status).to.equal(403);
    expect(res.json).to.deep.equal({ type: 'Forbidden', message: 'The access token\'s scopes do not allow org.delete' });
  });
});
