'use strict';
// Edges of the wire that a write must never get wrong: redirects keep the
// method of a DELETE/PATCH, bodiless answers resolve, and requests that could
// never be valid are refused before sending (and never retried).
const { expect } = require('chai');
const { createClient } = require('../..');
const { startRecorder } = require('../helpers/recorder');
const { closedPort } = require('../helpers/loopback');
const { baseline, untilIdle } = require('../helpers/idle');

const ORG = '575ed6e87ae143cd83dc4aa8';

describe('wire edges', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ url: server.url, accessToken: 'tok' });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const redirectOnce = (status) => (req) => (req.path.startsWith('/moved')
    ? { status: 200, body: { method: req.method, body: req.body === undefined ? null : req.body } }
    : { status, headers: { location: `/moved${req.path}` }, body: '' });

  for (const status of [301, 302, 307, 308]) {
    it(`a ${status} keeps DELETE and PATCH (with the body) as they are`, async () => {
      server.reply(redirectOnce(status));
      // The `{}` every non-GET action starts from (as losant-rest's) is the body kept.
      expect(await client.org.delete({ orgId: ORG })).to.deep.equal({ method: 'DELETE', body: {} });
      const organization = { name: 'Kept' };
      expect(await client.org.patch({ orgId: ORG, organization })).to.deep.equal({ method: 'PATCH', body: organization });
    });
  }

  it('a 301/302 turns only POST into GET; a 303 turns any method but HEAD into GET', async () => {
    const invite = { email: 'a@example.com', role: 'view' };
    server.reply(redirectOnce(302));
    expect(await client.org.inviteMember({ orgId: ORG, invite })).to.deep.equal({ method: 'GET', body: null });
    server.reply(redirectOnce(307));
    expect(await client.org.inviteMember({ orgId: ORG, invite })).to.deep.equal({ method: 'POST', body: invite });
    server.reply(redirectOnce(303));
    expect(await client.org.delete({ orgId: ORG })).to.deep.equal({ method: 'GET', body: null });
  });

  it('an unreadable Location is an InvalidResponse, not retried', async () => {
    server.reply(() => ({ status: 302, headers: { location: 'http://[bad' }, body: '' }));
    const err = await client.org.get({ orgId: ORG }).then(() => null, (e) => e);
    expect(err.type).to.equal('InvalidResponse');
    expect(err.code).to.equal('ERR_INVALID_REDIRECT');
    expect(err.statusCode).to.equal(302);
    expect(server.requests).to.have.length(1);
  });

  it('HEAD, 204 and 205 answers resolve to undefined; an empty 200 is still an error', async () => {
    server.reply(() => ({ status: 200, body: '' }));
    expect(await client.request({ method: 'HEAD', path: '/x' })).to.equal(undefined);
    for (const status of [204, 205]) {
      server.reply(() => ({ status, body: '' }));
      expect(await client.request({ method: 'POST', path: '/x', body: {} })).to.equal(undefined);
    }
    server.reply(() => ({ status: 200, body: '' }));
    const err = await client.org.get({ orgId: ORG }).then(() => null, (e) => e);
    expect(err.code).to.equal('ERR_INVALID_JSON');
  });

  describe('refused before sending, in both styles, never retried', () => {
    const cases = [
      ['a base url that does not parse', () => createClient({ url: 'http://[::1' }), (c, o, cb) => c.org.get({ orgId: ORG }, o, cb), 'url must be an absolute http:// or https:// URL'],
      ['a base url that is not http(s)', () => createClient({ url: 'ftp://127.0.0.1/' }), (c, o, cb) => c.org.get({ orgId: ORG }, o, cb), 'url must be an absolute http:// or https:// URL'],
      ['a GET with a body', () => client, (c, o, cb) => c.request({ method: 'GET', path: '/x', body: { a: 1 } }, o, cb), 'request.body cannot be sent with GET'],
      ['a method that is not an HTTP token', () => client, (c, o, cb) => c.request({ method: 'GE T', path: '/x' }, o, cb), 'request.method is not a valid HTTP method'],
    ];
    for (const [label, make, call, message] of cases) {
      it(label, async () => {
        const before = await baseline();
        const c = make();
        const retried = [];
        const opts = { onRetry: (info) => retried.push(info) };
        const viaPromise = await call(c, opts).then(() => null, (e) => e);
        const viaCb = await new Promise((r) => call(c, opts, (e) => r(e)));
        for (const e of [viaPromise, viaCb]) {
          expect(e.type).to.equal('Validation');
          expect(e.message).to.equal(message);
        }
        // Once nothing is left to do: a request sent late would land in this test, not the next.
        await untilIdle(before);
        expect(retried).to.deep.equal([]);
        expect(server.requests).to.have.length(0);
      });
    }
  });

  it('credentials in the base url never appear in an error message', async () => {
    const port = await closedPort();
    const c = createClient({ url: `http://user:s3cret-pw@127.0.0.1:${port}`, retries: 0 });
    const err = await c.org.get({ orgId: ORG }).then(() => null, (e) => e);
    expect(err.code).to.equal('ECONNREFUSED');
    expect(err.message).to.contain(`[REDACTED]@127.0.0.1:${port}/`);
    expect(err.message).to.not.contain('s3cret-pw');
    expect(err.request.url).to.not.contain('s3cret-pw');
  });
});
