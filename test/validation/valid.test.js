'use strict';
// What validation must let through: every example call of the seed (with the
// values of its Example column and every schema example as the body), edge
// values just inside the limits, and anything at all when `validate` is off.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startRecorder } = require('../helpers/recorder');

const TOKEN = 'secret-token-7f3a9c';
const ORG = '575ed6e87ae143cd83dc4aa8';
const APP = '575ec8687ae143cd83dc4a97';

// The seed's Example column, written out (not read from the action table, so the table is checked too).
const EXAMPLE = {
  orgId: ORG,
  losantdomain: 'example.com',
  summaryExclude: 'payloadCount',
  summaryInclude: 'payloadCount',
  start: '0',
  end: '1465790400000',
  resolution: '86400000',
  asBytes: 'true',
  includeNonBillable: 'true',
  userId: '575ed70c7ae143cd83dc4aa9',
  inviteId: '575ed71e7ae143cd83dc4aaa',
};
const examples = (schema) => require('../fixtures/org-examples.json')[schema];

// action → [required params, optional params, body param and its schema] as in the seed's tables.
const SEED = {
  delete: [['orgId'], ['losantdomain']],
  deviceCounts: [['orgId'], ['start', 'end', 'losantdomain']],
  get: [['orgId'], ['summaryExclude', 'summaryInclude', 'losantdomain']],
  inviteMember: [['orgId'], ['losantdomain'], ['invite', 'orgInvitePost']],
  modifyMember: [['orgId'], ['summaryExclude', 'summaryInclude', 'losantdomain'], ['member', 'orgMemberPatch']],
  notebookMinuteCounts: [['orgId'], ['start', 'end', 'losantdomain']],
  patch: [['orgId'], ['summaryExclude', 'summaryInclude', 'losantdomain'], ['organization', 'orgPatch']],
  payloadCounts: [['orgId'], ['start', 'end', 'losantdomain']],
  payloadCountsBreakdown: [['orgId'], ['start', 'end', 'resolution', 'asBytes', 'includeNonBillable', 'losantdomain']],
  pendingInvites: [['orgId'], ['losantdomain']],
  removeMember: [['orgId', 'userId'], ['summaryExclude', 'summaryInclude', 'losantdomain']],
  revokeInvite: [['orgId', 'inviteId'], ['losantdomain']],
  transferResources: [['orgId'], ['losantdomain'], ['transfer', 'resourceTransfer']],
};

function pick(names) {
  const out = {};
  for (const name of names) out[name] = EXAMPLE[name];
  return out;
}

/** Every example call of an action: the seed's minimal one and one with every optional param, per body example. */
function exampleCalls(action) {
  const [required, optional, body] = SEED[action];
  const bodies = body ? examples(body[1]).map((value) => ({ [body[0]]: value })) : [{}];
  const calls = [];
  bodies.forEach((b, i) => {
    calls.push([`minimal${body ? `, body example ${i + 1}` : ''}`, { ...pick(required), ...b }]);
    calls.push([`every param${body ? `, body example ${i + 1}` : ''}`, { ...pick(required), ...pick(optional), ...b }]);
  });
  return calls;
}

/** What the server must have seen for these params: each value, unchanged, where it belongs. */
function checkWire(req, params) {
  expect(req.path.indexOf(`/orgs/${params.orgId}`)).to.equal(0);
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (name === 'orgId') continue;
    if (name === 'losantdomain') expect(req.headers.losantdomain).to.equal(value);
    else if (typeof value === 'object') expect(req.body).to.deep.equal(value);
    else expect(req.query[name]).to.equal(String(value));
  }
}

function viaCallback(call) {
  return new Promise((resolve) => call((err, result) => resolve({ err, result })));
}

describe('validation: valid input passes unchanged', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ accessToken: TOKEN, url: server.url, retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    server.reply(() => ({ status: 200, body: { ok: true } }));
  });

  it('the seed table lists all 13 actions', () => {
    expect(Object.keys(SEED).sort()).to.deep.equal(Object.keys(client.org).sort());
  });

  for (const action of Object.keys(SEED)) {
    for (const [label, params] of exampleCalls(action)) {
      it(`${action} (${label}) reaches the server, in both styles, params untouched`, async () => {
        const before = JSON.parse(JSON.stringify(params));
        expect(await client.org[action](params)).to.deep.equal({ ok: true });
        const { err, result } = await viaCallback((cb) => client.org[action](params, cb));
        expect(err).to.equal(null);
        expect(result).to.deep.equal({ ok: true });
        expect(server.requests).to.have.length(2);
        server.requests.forEach((req) => checkWire(req, params));
        expect(params).to.deep.equal(before);
      });
    }
  }

  // Values just inside each limit, and the forms the types allow besides plain strings.
  const edges = [
    ['payloadCountsBreakdown', { orgId: ORG, start: 0, end: 1465790400000, resolution: 3600000, asBytes: false, includeNonBillable: true }],
    ['get', { orgId: ORG.toUpperCase(), summaryExclude: null, losantdomain: undefined, _links: false, _actions: 'true', _embedded: true }],
    ['patch', { orgId: ORG, organization: { name: 'n'.repeat(255), iconColor: 'c'.repeat(64), description: '' } }],
    ['patch', { orgId: ORG, organization: {} }],
    ['inviteMember', { orgId: ORG, invite: { email: 'First.Last+org@sub.example.co.uk', role: 'none', disallowTransfer: false } }],
    ['modifyMember', { orgId: ORG, member: { userId: APP.toUpperCase(), dashboardRoles: [], applicationRoles: [{ resourceId: APP, role: 'none' }] } }],
    ['transferResources', { orgId: ORG, transfer: { destinationId: ORG, destinationType: 'organization', applicationIds: new Array(1000).fill(APP), strict: false } }],
    ['removeMember', { orgId: 'any-string-id', userId: 'any-user' }],
  ];
  edges.forEach(([action, params], i) => {
    it(`edge #${i + 1}: ${action} accepts values just inside the rules`, async () => {
      await client.org[action](params);
      expect(server.requests).to.have.length(1);
    });
  });

  describe('validate: false', () => {
    const badOrg = { orgId: ORG, organization: { nmae: 'Typo', name: '' } };
    const badInvite = { orgId: ORG, invite: { email: 'nobody', role: 'owner' } };

    it('client-wide: an invalid body reaches the server unchanged, in both styles', async () => {
      const lax = createClient({ url: server.url, validate: false });
      await lax.org.patch(badOrg);
      const { err } = await viaCallback((cb) => lax.org.patch(badOrg, cb));
      expect(err).to.equal(null);
      expect(server.requests.map((r) => r.body)).to.deep.equal([badOrg.organization, badOrg.organization]);
    });

    it('per call: an invalid body reaches the server; the next call validates again', async () => {
      await client.org.inviteMember(badInvite, { validate: false });
      const { err } = await viaCallback((cb) => client.org.inviteMember(badInvite, { validate: false }, cb));
      expect(err).to.equal(null);
      expect(server.requests.map((r) => r.body)).to.deep.equal([badInvite.invite, badInvite.invite]);
      const refused = await client.org.inviteMember(badInvite).catch((e) => e);
      expect(refused.message).to.equal('invite.email must be a valid email address');
      expect(server.requests).to.have.length(2);
    });

    it('via setOption, and a per-call validate: true turns it back on', async () => {
      const lax = createClient({ url: server.url }).setOption('validate', false);
      await lax.org.removeMember({ orgId: ORG, userId: 575 });
      expect(server.requests[0].query.userId).to.equal('575');
      const refused = await lax.org.removeMember({ orgId: ORG, userId: 575 }, { validate: true }).catch((e) => e);
      expect(refused.message).to.equal('userId must be a string');
      expect(server.requests).to.have.length(1);
    });

    it('still never sends a missing orgId or a CR/LF header, and never shows the token', async () => {
      const lax = createClient({ url: server.url, validate: false, accessToken: TOKEN });
      const missing = await lax.org.get({}).catch((e) => e);
      expect([missing.type, missing.message]).to.deep.equal(['Validation', 'orgId is required']);
      const header = await lax.org.get({ orgId: ORG, losantdomain: 'a\r\nb: c' }).catch((e) => e);
      expect(header.message).to.equal('losantdomain must not contain CR or LF characters');
      const token = await lax.org.get({ orgId: ORG }, { accessToken: `${TOKEN}\n` }).catch((e) => e);
      expect(token.message).to.equal('accessToken must not contain CR or LF characters');
      expect(`${token.stack} ${JSON.stringify(token)}`).not.to.include(TOKEN);
      expect(server.requests).to.have.length(0);
    });
  });
});
