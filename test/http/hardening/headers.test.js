'use strict';
// Issue 14, item 3: header names are case-insensitive. A caller's header
// overrides the client's of the same name in any case, and exactly one is
// sent (a Node server would otherwise keep the client's, and global fetch
// would join both with a comma). Checked on the wire (raw header lines), with
// both transports and in both styles.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startRecorder } = require('../../helpers/recorder');
const { inBothStyles } = require('../../helpers/settle');

const ORG = '575ed6e87ae143cd83dc4aa8';

describe('hardening 3: one header merge, case-insensitive, the caller\'s value wins', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  /** The raw header lines named `name` (any case) of request `i`. */
  const sent = (i, name) => server.requests[i].rawHeaders.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);

  for (const [fetchLabel, fetch] of [['built-in (default)', undefined], ['global fetch', globalThis.fetch]]) {
    describe(fetchLabel, () => {
      const client = () => createClient({ url: server.url, accessToken: 'CLIENT', fetch, retries: 0 });

      const overrides = [
        ['authorization', 'Bearer OTHER', 'authorization', (c, h, cb) => c.request({ method: 'GET', path: '/x', headers: h }, cb)],
        ['AUTHORIZATION', 'Basic b3RoZXI6cHc=', 'authorization', (c, h, cb) => c.request({ method: 'GET', path: '/x', headers: h }, cb)],
        ['content-type', 'application/merge-patch+json', 'content-type', (c, h, cb) => c.request({ method: 'PATCH', path: '/x', body: { a: 1 }, headers: h }, cb)],
        ['accept', 'text/plain', 'accept', (c, h, cb) => c.request({ method: 'GET', path: '/x', headers: h }, cb)],
        ['accept-VERSION', '^1.30.0', 'accept-version', (c, h, cb) => c.request({ method: 'GET', path: '/x', headers: h }, cb)],
      ];
      for (const [name, value, lower, call] of overrides) {
        it(`headers: { '${name}': … } replaces the client's ${lower}: one header, the caller's (both styles)`, async () => {
          const c = client();
          const outcomes = await inBothStyles((cb) => call(c, { [name]: value }, cb));
          expect(outcomes.map((o) => [o.style, o.calls, o.err])).to.deep.equal([['callback', 1, null], ['promise', 1, null]]);
          expect(server.requests).to.have.length(2);
          for (let i = 0; i < 2; i++) expect(sent(i, lower), `request ${i}`).to.deep.equal([value]);
        });
      }

      it('the caller\'s own names in two cases: one header, the last given', async () => {
        await client().request({ method: 'GET', path: '/x', headers: { 'X-Trace': 'one', 'x-trace': 'two' } });
        expect(sent(0, 'x-trace')).to.deep.equal(['two']);
      });

      it('an action\'s header param (losantdomain) is sent once, and the defaults stay once each', async () => {
        await client().org.get({ orgId: ORG, losantdomain: 'example.com' });
        for (const name of ['losantdomain', 'authorization', 'accept', 'accept-version']) expect(sent(0, name), name).to.have.length(1);
      });
    });
  }

  it('a POST with a lowercase content-type that a 303 turns into a GET sends no Content-Type after the redirect', async () => {
    server.reply((req) => (req.path === '/moved' ? { status: 200, body: { ok: true } } : { status: 303, headers: { location: '/moved' }, body: '' }));
    const c = createClient({ url: server.url, accessToken: 'CLIENT' });
    await c.request({ method: 'POST', path: '/x', body: { a: 1 }, headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(server.requests.map((r) => [r.method, r.path, sent(server.requests.indexOf(r), 'content-type')])).to.deep.equal([
      ['POST', '/x', ['application/json; charset=utf-8']],
      ['GET', '/moved', []],
    ]);
  });

  it('a header value of undefined or null is not sent and does not remove the client\'s', async () => {
    await createClient({ url: server.url, accessToken: 'CLIENT' }).request({ method: 'GET', path: '/x', headers: { authorization: undefined, 'x-none': null } });
    expect(sent(0, 'authorization')).to.deep.equal(['Bearer CLIENT']);
    expect(sent(0, 'x-none')).to.deep.equal([]);
  });
});
