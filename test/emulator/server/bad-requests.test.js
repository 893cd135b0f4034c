'use strict';
// Bad requests never crash the emulator and it keeps serving: malformed JSON,
// oversized bodies, unknown routes, wrong methods, invalid query and body
// values (same messages as the client's own validation), garbage HTTP, and
// many concurrent writes.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest, rawSocket } = require('../../helpers/emulator-http');
const { ORG, USER, TOKENS } = require('../../helpers/emulator-fixtures');

const LIMIT = 4096;

describe('emulator: bad requests', () => {
  let emu;
  before(async () => {
    emu = await startEmulator({ maxBodyBytes: LIMIT });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const req = (options) => rawRequest(emu.url, Object.assign({ token: TOKENS.admin }, options));

  async function stillServing() {
    const res = await req({ path: `/orgs/${ORG}` });
    expect(res.status).to.equal(200);
    expect(res.json.name).to.equal('Demo Org');
  }

  function expectError(res, status, type) {
    expect(res.status, res.text).to.equal(status);
    expect(res.headers['content-type']).to.match(/^application\/json/);
    expect(Object.keys(res.json).sort()).to.deep.equal(['message', 'type']);
    expect(res.json.type).to.equal(type);
  }

  it('malformed JSON → 400 Validation', async () => {
    const res = await req({ method: 'POST', path: `/orgs/${ORG}/invites`, body: '{"email": "a@example.com", "role": ' });
    expectError(res, 400, 'Validation');
    expect(res.json.message).to.match(/not valid JSON/);
    await stillServing();
  });

  it('a missing body → 400 naming the body param, where `{}` would not do', async () => {
    const res = await req({ method: 'POST', path: `/orgs/${ORG}/invites` });
    expectError(res, 400, 'Validation');
    expect(res.json.message).to.equal('invite is required');
  });

  it('a missing body where `{}` is valid → read as `{}` (what losant-rest sends), not refused', async () => {
    const res = await req({ method: 'PATCH', path: `/orgs/${ORG}` });
    expect(res.status, JSON.stringify(res.json)).to.equal(200);
    expect(res.json).to.include({ id: ORG, name: 'Demo Org' });
  });

  it('a body over the size limit → 413, whether declared or chunked', async () => {
    const big = JSON.stringify({ email: 'a@example.com', role: 'view', pad: 'x'.repeat(LIMIT * 2) });
    expectError(await req({ method: 'POST', path: `/orgs/${ORG}/invites`, body: big }), 413, 'PayloadTooLarge');
    expectError(await req({ method: 'POST', path: `/orgs/${ORG}/invites`, body: big, chunked: true }), 413, 'PayloadTooLarge');
    await stillServing();
  });

  it('the client reports a 413 as a LosantError with statusCode 413', async () => {
    const client = createClient({ accessToken: TOKENS.admin, url: emu.url });
    const err = await client.request({ method: 'POST', path: `/orgs/${ORG}/invites`, body: { pad: 'x'.repeat(LIMIT * 2) } })
      .then(() => null, (e) => e);
    expect(err.statusCode).to.equal(413);
    expect(err.message).to.equal('Request entity too large.');
  });

  it('unknown routes → 404 NotFound', async () => {
    for (const path of ['/', '/nothing', '/orgs/', `/orgs/${ORG}/`, `/orgs/${ORG}/nothing`, `/orgs//invites`, `/applications/${ORG}/nothing`]) {
      expectError(await req({ path }), 404, 'NotFound');
    }
    await stillServing();
  });

  it('a known path with the wrong method → 405 with Allow', async () => {
    const res = await req({ method: 'PUT', path: `/orgs/${ORG}` });
    expectError(res, 405, 'MethodNotAllowed');
    expect(res.headers.allow.split(', ').sort()).to.deep.equal(['DELETE', 'GET', 'HEAD', 'PATCH']);
    expectError(await req({ method: 'POST', path: `/orgs/${ORG}/deviceCounts` }), 405, 'MethodNotAllowed');
  });

  it('an encoded slash stays inside the id (no other route is reached)', async () => {
    expectError(await req({ path: `/orgs/${ORG}%2Finvites` }), 404, 'NotFound');
    expectError(await req({ path: '/orgs/%E0%A4%A' }), 400, 'Validation');
  });

  it('invalid query values → 400 with the client\'s own message', async () => {
    const local = createClient({ accessToken: TOKENS.admin, url: emu.url });
    const clientErr = await local.org.payloadCountsBreakdown({ orgId: ORG, resolution: 5 }).then(() => null, (e) => e);
    const res = await req({ path: `/orgs/${ORG}/payloadCountsBreakdown?resolution=5` });
    expectError(res, 400, 'Validation');
    expect(res.json.message).to.equal(clientErr.message);
    const cases = {
      [`/orgs/${ORG}/deviceCounts?start=yesterday`]: /start must be a time in milliseconds/,
      [`/orgs/${ORG}/deviceCounts?start=2000&end=1000`]: /start must not be after end/,
      [`/orgs/${ORG}/payloadCountsBreakdown?asBytes=yes`]: /asBytes must be one of true, false/,
      [`/orgs/${ORG}/payloadCountsBreakdown?resolution=3600000&start=0&end=999999999999999`]: /more than 1000 buckets/,
      [`/orgs/${ORG}/invites?inviteId=a&inviteId=b`]: null,
      [`/orgs/${ORG}/member?userId=`]: /userId must not be empty/,
    };
    for (const path of Object.keys(cases)) {
      const method = /invites|member/.test(path) ? 'DELETE' : 'GET';
      const answer = await req({ method, path });
      expectError(answer, 400, 'Validation');
      if (cases[path]) expect(answer.json.message, path).to.match(cases[path]);
    }
    await stillServing();
  });

  it('an invalid body → 400 with the client\'s own message, and nothing changes', async () => {
    const bodies = [
      { email: 'a@example.com', role: 'boss' },
      { email: 'not-an-email', role: 'view' },
      { email: 'a@example.com', role: 'view', extra: 1 },
      ['a@example.com'],
    ];
    const local = createClient({ accessToken: TOKENS.admin, url: emu.url });
    for (const invite of bodies) {
      const clientErr = await local.org.inviteMember({ orgId: ORG, invite }).then(() => null, (e) => e);
      const res = await req({ method: 'POST', path: `/orgs/${ORG}/invites`, body: invite });
      expectError(res, 400, 'Validation');
      expect(res.json.message).to.equal(clientErr.message);
    }
    expect(emu.snapshot().orgs[0].invites).to.have.length(1);
  });

  it('the client\'s _actions/_links/_embedded query values are accepted and ignored', async () => {
    const res = await req({ path: `/orgs/${ORG}?_actions=true&_links=false&_embedded=false&unknown=1` });
    expect(res.status).to.equal(200);
    expect(res.json).to.not.have.property('_links');
  });

  it('garbage on the socket gets a 400 and the server keeps serving', async () => {
    const answer = await rawSocket(emu.url, 'THIS IS NOT HTTP\r\n\r\n');
    expect(answer).to.match(/^HTTP\/1\.1 400/);
    await stillServing();
  });

  it('a client that hangs up mid-body does not hurt the server', async () => {
    const url = new URL(emu.url);
    await new Promise((resolve) => {
      const socket = require('net').connect(Number(url.port), url.hostname, () => {
        socket.write(`POST /orgs/${ORG}/invites HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${TOKENS.admin}\r\nContent-Length: 500\r\n\r\n{"email":`);
        socket.destroy();
        resolve();
      });
    });
    await stillServing();
  });

  it('many concurrent writes leave consistent state', async () => {
    const client = createClient({ accessToken: TOKENS.admin, url: emu.url });
    const emails = Array.from({ length: 40 }, (_, i) => `user${i}@example.com`);
    const roles = ['view', 'edit', 'collaborate'];
    const results = await Promise.all([
      ...emails.map((email) => client.org.inviteMember({ orgId: ORG, invite: { email, role: 'view' } })),
      ...roles.map((role) => client.org.modifyMember({ orgId: ORG, member: { userId: USER, role } })),
      ...Array.from({ length: 10 }, () => client.org.inviteMember({ orgId: ORG, invite: { email: 'same@example.com', role: 'view' } })
        .then(() => 'ok', (e) => e.statusCode)),
    ]);
    // Exactly one of the identical invites wins; the rest see it and get 400.
    const same = results.slice(-10);
    expect(same.filter((r) => r === 'ok')).to.have.length(1);
    expect(same.filter((r) => r === 400)).to.have.length(9);
    const invites = await client.org.pendingInvites({ orgId: ORG });
    expect(invites).to.have.length(1 + 40 + 1);
    expect(new Set(invites.map((i) => i.id)).size).to.equal(invites.length);
    expect(new Set(invites.map((i) => i.email))).to.include.all.keys(...emails);
    const org = await client.org.get({ orgId: ORG });
    expect(org.summary.pendingInviteCount).to.equal(42);
    expect(roles).to.include(org.members.filter((m) => m.userId === USER)[0].role);
  });
});
