'use strict';
// The same faults through the `fetch` option (Node's global fetch, undici):
// the HTTP layer must not depend on node-fetch's error shapes. The system
// code hidden in undici's `cause` is surfaced, the body limit works on a
// WHATWG stream, and redirects are still followed by origin.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer, closedPort, settle } = require('../../helpers/fault-server');

const TOKEN = 'global-fetch-token';

describe('faults through the global fetch (option fetch)', () => {
  let server;
  let client;
  let refusedUrl;
  before(async () => {
    server = await startFaultServer();
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
    client = createClient({ url: server.url, accessToken: TOKEN, retries: 0, fetch: globalThis.fetch });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const get = (path, opts) => (cb) => client.request({ method: 'GET', path }, opts || {}, cb);
  const cases = {
    'refused connection': [(cb) => client.request({ method: 'GET', path: '/x' }, { url: refusedUrl }, cb),
      { statusCode: undefined, type: 'Network', code: 'ECONNREFUSED' }, /^fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/],
    'reset mid-body': [get('/f/reset'), { statusCode: 200, type: 'Network', code: 'UND_ERR_SOCKET' }, /^terminated: other side closed$/],
    'a body cut mid-way, no timeout': [get('/f/truncated'), { statusCode: 200, type: 'Network', code: 'UND_ERR_SOCKET' }, /^terminated: other side closed$/],
    'a server that never answers': [get('/f/hang', { timeout: 100 }), { statusCode: undefined, type: 'Timeout', code: 'ETIMEDOUT' }, /^Request timed out after 100 ms$/],
    'a very large body': [get('/f/huge?bytes=4000000&chunked=1', { maxResponseBytes: 100000 }),
      { statusCode: 200, type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' }, /limit of 100000 bytes/],
  };

  for (const name of Object.keys(cases)) {
    const [call, fields, message] = cases[name];
    for (const style of ['callback', 'promise']) {
      it(`${name} (${style})`, async () => {
        const { calls, err } = await settle(style, call);
        expect(calls).to.equal(1);
        expect({ statusCode: err.statusCode, type: err.type, code: err.code }).to.deep.equal(fields);
        expect(err.message).to.match(message);
      });
    }
  }

  it('a redirect to another port drops Authorization', async () => {
    expect(await client.request({ method: 'GET', path: '/f/redirect-port' })).to.deep.equal({ landed: true, authorization: null, method: 'GET' });
    expect(server.seen.map((s) => s.authorization)).to.deep.equal([`Bearer ${TOKEN}`, undefined]);
  });

  it('a refused POST is retried, now that the system code is visible', async () => {
    const retried = [];
    const retrying = createClient({ url: refusedUrl, fetch: globalThis.fetch, onRetry: (info) => retried.push(info.error.code) });
    const err = await retrying.request({ method: 'POST', path: '/x', body: {} }).catch((e) => e);
    expect(err.code).to.equal('ECONNREFUSED');
    expect(retried).to.deep.equal(['ECONNREFUSED', 'ECONNREFUSED']);
  });
});
