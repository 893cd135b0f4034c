'use strict';
// The fault-injection suite: every fault of the misbehaving loopback server,
// in both call styles. Each call must settle exactly once, with the exact
// error fields, and leave no unhandled rejection and a client that still works.
const { expect } = require('chai');
const { createClient, isLosantError } = require('../../..');
const { startFaultServer, closedPort, settle } = require('../../helpers/fault-server');

const TOKEN = 'fault-suite-token';
const ORG = '575ed6e87ae143cd83dc4aa8';
const MiB = 1024 * 1024;

describe('faults: a misbehaving server, in both styles', function () {
  let server;
  let client;
  let refusedUrl;
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);

  before(async () => {
    server = await startFaultServer();
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
    // No retries here, so each fault is met exactly once; retries have their own suite.
    client = createClient({ url: server.url, accessToken: TOKEN, retries: 0 });
    process.on('unhandledRejection', onUnhandled);
  });
  after(async () => {
    process.removeListener('unhandledRejection', onUnhandled);
    await server.close();
  });
  beforeEach(() => server.reset());
  afterEach(async () => {
    // Let any stray rejection surface, then prove the client (and its keep-alive pool) still works.
    await new Promise((r) => setImmediate(r));
    expect(unhandled).to.deep.equal([]);
    expect(await client.request({ method: 'GET', path: '/f/ok?id=after' })).to.deep.equal({ id: 'after', method: 'GET' });
  });

  const get = (path, opts) => (cb) => client.request({ method: 'GET', path }, opts || {}, cb);

  // name → [call, expected error fields, message check, fault hits]
  const errorFaults = {
    'refused connection': [
      (cb) => client.request({ method: 'GET', path: '/f/ok' }, { url: refusedUrl }, cb),
      { statusCode: undefined, type: 'Network', code: 'ECONNREFUSED' }, /ECONNREFUSED 127\.0\.0\.1:\d+/, {},
    ],
    'reset mid-body': [
      get('/f/reset'),
      { statusCode: 200, type: 'Network', code: 'ERR_STREAM_PREMATURE_CLOSE' },
      'The connection closed before the response body was complete', { reset: 1 },
    ],
    'reset before any answer': [
      get('/f/hangup'), { statusCode: undefined, type: 'Network', code: 'ECONNRESET' }, /socket hang up/, { hangup: 1 },
    ],
    'a server that never answers (per-call timeout)': [
      get('/f/hang', { timeout: 150 }), { statusCode: undefined, type: 'Timeout', code: 'ETIMEDOUT' },
      'Request timed out after 150 ms', { hang: 1 },
    ],
    'a caller abort while the server never answers': [
      (cb) => {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 50);
        return client.request({ method: 'GET', path: '/f/hang' }, { signal: controller.signal }, cb);
      },
      { statusCode: undefined, type: 'Aborted', code: 'ABORT_ERR' }, 'Request aborted by the caller', { hang: 1 },
    ],
    'a signal aborted before the call: nothing is sent': [
      (cb) => {
        const controller = new AbortController();
        controller.abort();
        return client.request({ method: 'GET', path: '/f/ok' }, { signal: controller.signal }, cb);
      },
      { statusCode: undefined, type: 'Aborted', code: 'ABORT_ERR' }, 'Request aborted by the caller', {},
    ],
    '200 with broken JSON': [
      get('/f/broken-json'), { statusCode: 200, type: 'InvalidResponse', code: 'ERR_INVALID_JSON' },
      'The server answered 200 with a body that is not valid JSON', { 'broken-json': 1 },
    ],
    '500 with an HTML page': [
      get('/f/html-500'), { statusCode: 500, type: 'InternalServerError', code: undefined },
      /^HTTP 500 Internal Server Error: .*Internal Server Error.* The upstream server crashed\.$/, { 'html-500': 1 },
    ],
    '502 with an empty body': [
      get('/f/empty-502'), { statusCode: 502, type: 'BadGateway', code: undefined }, 'HTTP 502 Bad Gateway', { 'empty-502': 1 },
    ],
    '413 with an empty body (inviteMember)': [
      (cb) => { server.use('empty-413'); return client.org.inviteMember({ orgId: ORG, invite: { email: 'a@example.com', role: 'view' } }, cb); },
      { statusCode: 413, type: 'PayloadTooLarge', code: undefined }, 'Request entity too large.', { 'empty-413': 1 },
    ],
    '429 with Retry-After (retries off)': [
      get('/f/429-seconds?after=1'), { statusCode: 429, type: 'TooManyRequests', code: undefined }, 'Slow down', { '429-seconds': 1 },
    ],
    '429 with a Retry-After longer than maxRetryAfter (retries on): fails at once': [
      get('/f/429-seconds?after=120', { retries: 2, maxRetryAfter: 5000 }),
      { statusCode: 429, type: 'TooManyRequests', code: undefined }, 'Slow down', { '429-seconds': 1 },
    ],
    'a very large body with Content-Length': [
      get(`/f/huge?bytes=${4 * MiB}`, { maxResponseBytes: MiB }),
      { statusCode: 200, type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' },
      `Response body exceeds the limit of ${MiB} bytes (option maxResponseBytes)`, { huge: 1 },
    ],
    'a very large chunked body (no Content-Length)': [
      get(`/f/huge?bytes=${4 * MiB}&chunked=1`, { maxResponseBytes: MiB }),
      { statusCode: 200, type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' },
      `Response body exceeds the limit of ${MiB} bytes (option maxResponseBytes)`, { huge: 1 },
    ],
    'a very large body against the default 8 MiB limit': [
      get(`/f/huge?bytes=${16 * MiB}&chunked=1`), { statusCode: 200, type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' },
      `Response body exceeds the limit of ${8 * MiB} bytes (option maxResponseBytes)`, { huge: 1 },
    ],
    'a body cut mid-way (Content-Length not reached), no timeout set': [
      get('/f/truncated'), { statusCode: 200, type: 'Network', code: 'ERR_STREAM_PREMATURE_CLOSE' },
      'The connection closed before the response body was complete', { truncated: 1 },
    ],
    'a chunked body cut mid-way, no timeout set (get)': [
      (cb) => { server.use('truncated', { chunked: '1' }); return client.org.get({ orgId: ORG }, cb); },
      { statusCode: 200, type: 'Network', code: 'ERR_STREAM_PREMATURE_CLOSE' },
      'The connection closed before the response body was complete', { truncated: 1 },
    ],
  };

  for (const name of Object.keys(errorFaults)) {
    const [call, fields, message, hits] = errorFaults[name];
    for (const style of ['callback', 'promise']) {
      it(`${name} (${style})`, async () => {
        const outcome = await settle(style, call);
        expect(outcome.calls).to.equal(1);
        const err = outcome.err;
        expect(err).to.be.instanceOf(Error);
        expect(isLosantError(err)).to.equal(true);
        expect({ statusCode: err.statusCode, type: err.type, code: err.code }).to.deep.equal(fields);
        if (typeof message === 'string') expect(err.message).to.equal(message);
        else expect(err.message).to.match(message);
        expect(err.message).to.not.include(TOKEN);
        expect(err.request.headers.Authorization).to.equal('Bearer [REDACTED]');
        expect(server.hits).to.deep.equal(hits);
      });
    }
  }

  describe('faults that end well', () => {
    for (const style of ['callback', 'promise']) {
      it(`503 twice, then 200: retried by default, resolves with the third answer (${style})`, async () => {
        const retrying = createClient({ url: server.url, accessToken: TOKEN });
        const outcome = await settle(style, (cb) => retrying.request({ method: 'GET', path: `/f/flaky?key=${style}` }, cb));
        expect(outcome.calls).to.equal(1);
        expect(outcome.err).to.equal(null);
        expect(outcome.result).to.deep.equal({ attempts: 3 });
        expect(server.hits).to.deep.equal({ flaky: 3 });
      });

      it(`a redirect to another host name drops Authorization (${style})`, async () => {
        const outcome = await settle(style, get('/f/redirect-host'));
        expect(outcome.calls).to.equal(1);
        expect(outcome.result).to.deep.equal({ landed: true, authorization: null, method: 'GET' });
        expect(server.seen.map((s) => [s.fault, s.host.split(':')[0], s.authorization])).to.deep.equal([
          ['redirect-host', '127.0.0.1', `Bearer ${TOKEN}`],
          ['landing', 'localhost', undefined],
        ]);
      });

      it(`a redirect to the same host on another port drops Authorization (${style})`, async () => {
        const outcome = await settle(style, get('/f/redirect-port'));
        expect(outcome.calls).to.equal(1);
        expect(outcome.result).to.deep.equal({ landed: true, authorization: null, method: 'GET' });
        expect(server.seen.map((s) => [s.server, s.fault, s.authorization])).to.deep.equal([
          ['main', 'redirect-port', `Bearer ${TOKEN}`],
          ['other', 'landing', undefined],
        ]);
      });
    }

    it('a redirect within the same origin keeps Authorization (the check is by origin, not blanket)', async () => {
      const result = await client.request({ method: 'GET', path: '/f/redirect-same' });
      expect(result).to.deep.equal({ landed: true, authorization: `Bearer ${TOKEN}`, method: 'GET' });
    });

    it('a 307 to another port repeats the POST with its body, without Authorization', async () => {
      const result = await client.request({ method: 'POST', path: '/f/redirect-port?status=307', body: { a: 1 } });
      expect(result).to.deep.equal({ landed: true, authorization: null, method: 'POST', body: { a: 1 } });
    });

    it('a caller-supplied authorization header (any case) does not cross origins either', async () => {
      const result = await client.request({ method: 'GET', path: '/f/redirect-port', headers: { authorization: 'Bearer other' } });
      expect(result.authorization).to.equal(null);
    });
  });
});
