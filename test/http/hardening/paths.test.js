'use strict';
// Issue 14, item 2: `.` and `..` as ids must not leave their path. URL parsers
// resolve those segments even when percent-encoded, so they are refused, with
// validation on or off, by the client and by the emulator alike (one shared
// rule, lib/http/url/path-segment.ts). Item 9 (ids and query values): a lone
// surrogate, which has no UTF-8 form, is a Validation error, not a URIError.
// Nothing is sent in any of these cases: checked once nothing is left to do.
const { expect } = require('chai');
const { createClient, isLosantError } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { startRecorder } = require('../../helpers/recorder');
const { rawRequest } = require('../../helpers/emulator-http');
const { baseline, untilIdle } = require('../../helpers/idle');
const { inBothStyles } = require('../../helpers/settle');

const ORG = '575ed6e87ae143cd83dc4aa8';
const USER = '575ed70c7ae143cd83dc4aa9';
const DOT_RULE = 'must not be "." or ".." (a path segment that URLs resolve away)';

describe('hardening 2: "." and ".." ids never leave their path', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  /** Runs `call(client, cb)` in both styles; resolves the outcomes once nothing is left to do. */
  async function refusedInBothStyles(call) {
    const before = await baseline();
    const outcomes = await inBothStyles(call);
    await untilIdle(before);
    return outcomes;
  }

  const cases = [
    ['org.delete({ orgId: ".." }) (would be DELETE /)', (c, cb) => c.org.delete({ orgId: '..' }, cb), 'orgId'],
    ['org.removeMember({ orgId: "..", userId }) (would be DELETE /member)', (c, cb) => c.org.removeMember({ orgId: '..', userId: USER }, cb), 'orgId'],
    ['org.get({ orgId: "." }) (would be GET /orgs/)', (c, cb) => c.org.get({ orgId: '.' }, cb), 'orgId'],
    ['org.pendingInvites({ orgId: "." })', (c, cb) => c.org.pendingInvites({ orgId: '.' }, cb), 'orgId'],
  ];
  for (const base of ['', '/api/v1']) {
    for (const validate of [true, false]) {
      for (const [label, call, field] of cases) {
        it(`${label}, base url ${base || '(no prefix)'}, validate: ${validate}: Validation, in both styles, nothing sent`, async () => {
          const client = createClient({ url: `${server.url}${base}`, accessToken: 't', validate });
          const outcomes = await refusedInBothStyles((cb) => call(client, cb));
          for (const { style, calls, err } of outcomes) {
            expect(calls, style).to.equal(1);
            expect(isLosantError(err), style).to.equal(true);
            expect({ type: err.type, field: err.field, message: err.message }, style).to.deep.equal({
              type: 'Validation', field, message: `${field} ${DOT_RULE}`,
            });
          }
          expect(server.requests.map((r) => `${r.method} ${r.rawPath}`)).to.deep.equal([]);
        });
      }
    }
  }

  it('ids that only contain dots, or encoded dots, stay one literal segment', async () => {
    const client = createClient({ url: server.url, accessToken: 't', validate: false });
    for (const orgId of ['...', '.a', 'a.', '%2e%2E', '.%2e']) await client.org.get({ orgId });
    expect(server.requests.map((r) => r.rawPath)).to.deep.equal([
      '/orgs/...', '/orgs/.a', '/orgs/a.', '/orgs/%252e%252E', '/orgs/.%252e',
    ]);
  });

  describe('the emulator applies the same rule on arrival', () => {
    let emulator;
    before(async () => { emulator = await startEmulator(); });
    after(() => emulator.close());

    for (const [method, rawPath] of [
      ['DELETE', '/orgs/..'], ['DELETE', '/orgs/%2E%2E'], ['DELETE', '/orgs/.%2e'], ['GET', '/orgs/.'], ['GET', '/orgs/%2e'],
      ['DELETE', '/orgs/../member?userId=x'], ['GET', '/orgs/%2e%2e/invites'],
    ]) {
      it(`${method} ${rawPath}: 400 Validation naming orgId, as the client says`, async () => {
        const res = await rawRequest(emulator.url, { method, path: rawPath, token: emulator.demo.token });
        expect({ status: res.status, body: res.json }).to.deep.equal({
          status: 400, body: { type: 'Validation', message: `orgId ${DOT_RULE}` },
        });
      });
    }

    it('an id that merely contains dots is looked up as it is (404 for an unknown one)', async () => {
      const res = await rawRequest(emulator.url, { method: 'GET', path: '/orgs/...', token: emulator.demo.token });
      expect(res.status).to.equal(404);
    });

    it('the client against the emulator: refused before sending, and the org is still there', async () => {
      const client = createClient({ url: emulator.url, accessToken: emulator.demo.token, validate: false });
      const err = await client.org.delete({ orgId: '..' }).catch((e) => e);
      expect(err.type).to.equal('Validation');
      expect((await client.org.get({ orgId: emulator.demo.orgId })).id).to.equal(emulator.demo.orgId);
    });
  });
});

describe('hardening 9: a lone surrogate in an id or a query value is a Validation error, nothing sent', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  const cases = [
    ['an orgId (validation on)', (c, cb) => c.org.get({ orgId: 'ab\uD800cd' }, cb), 'orgId'],
    ['an orgId (validation off)', (c, cb) => c.org.get({ orgId: '\uDC00' }, { validate: false }, cb), 'orgId'],
    ['a query param of an action', (c, cb) => c.org.removeMember({ orgId: ORG, userId: 'x\uD83D' }, cb), 'userId'],
    ['a client.request query value', (c, cb) => c.request({ method: 'GET', path: '/x', query: { q: 'a\uDFFF' } }, cb), 'q'],
    ['a nested client.request query value', (c, cb) => c.request({ method: 'GET', path: '/x', query: { a: [{ b: '\uD800' }] } }, cb), 'a[0][b]'],
    ['a client.request query key', (c, cb) => c.request({ method: 'GET', path: '/x', query: { ['k\uD800']: 1 } }, cb), 'k\uD800'],
  ];
  for (const [label, call, field] of cases) {
    it(`${label}: both styles`, async () => {
      const client = createClient({ url: server.url, accessToken: 't' });
      const before = await baseline();
      const outcomes = await inBothStyles((cb) => call(client, cb));
      await untilIdle(before);
      for (const { style, calls, err } of outcomes) {
        expect(calls, style).to.equal(1);
        expect(isLosantError(err), `${style}: ${err && err.name}`).to.equal(true);
        expect({ type: err.type, field: err.field, message: err.message }, style).to.deep.equal({
          type: 'Validation', field, message: `${field} must be well-formed Unicode (it contains a lone surrogate)`,
        });
      }
      expect(server.requests).to.have.length(0);
    });
  }

  it('a well-formed surrogate pair (an emoji) is sent, percent-encoded', async () => {
    const client = createClient({ url: server.url, accessToken: 't', validate: false });
    await client.org.get({ orgId: 'a\uD83D\uDE00' });
    expect(server.requests[0].rawPath).to.equal('/orgs/a%F0%9F%98%80');
  });
});
