'use strict';
// Security: the token appears in no error, inspection or hook payload; header
// values cannot smuggle headers; path params cannot reach another path; and
// responses above a configurable size are refused rather than buffered.
const util = require('util');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startFaultServer, closedPort } = require('../helpers/fault-server');
const { baseline, untilIdle } = require('../helpers/idle');

const TOKEN = 'sEcReT-t0ken-5c2b9e';
const ORG = '575ed6e87ae143cd83dc4aa8';

/** Every way an error might be shown or logged. */
function renderings(value) {
  return [
    util.inspect(value, { showHidden: true, depth: 6 }),
    util.inspect(value),
    String(value),
    JSON.stringify(value) || '',
    (value && value.stack) || '',
  ];
}

function expectNoToken(value, token) {
  for (const text of renderings(value)) expect(text).to.not.include(token || TOKEN);
}

describe('security', () => {
  let server;
  let refusedUrl;
  before(async () => {
    server = await startFaultServer();
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  describe('the token appears nowhere', () => {
    const failing = {
      '401 answer': (c) => { server.use('status', { code: '401' }); return c.org.get({ orgId: ORG }); },
      '500 HTML page': (c) => c.request({ method: 'GET', path: '/f/html-500' }),
      'refused connection': (c) => c.request({ method: 'GET', path: '/x' }, { url: refusedUrl }),
      timeout: (c) => c.request({ method: 'GET', path: '/f/hang' }, { timeout: 50 }),
      abort: (c) => {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 30);
        return c.request({ method: 'GET', path: '/f/hang' }, { signal: controller.signal });
      },
      'reset mid-body': (c) => c.request({ method: 'GET', path: '/f/reset' }),
      'truncated body': (c) => c.request({ method: 'GET', path: '/f/truncated' }),
      'broken JSON': (c) => c.request({ method: 'GET', path: '/f/broken-json' }),
      'oversized body': (c) => c.request({ method: 'GET', path: '/f/huge?bytes=5000' }, { maxResponseBytes: 1000 }),
      'validation error': (c) => c.org.get({}),
      'token with CR/LF': (c) => c.org.get({ orgId: ORG }, { accessToken: `${TOKEN}\r\nX-Evil: 1` }),
      'token with a NUL': (c) => c.org.get({ orgId: ORG }, { accessToken: `${TOKEN}\u0000` }),
      'token with a non-Latin-1 character': (c) => c.org.get({ orgId: ORG }, { accessToken: `${TOKEN}\u20ac` }),
    };
    for (const fetchName of ['built-in (default)', 'global fetch']) {
      for (const name of Object.keys(failing)) {
        it(`${name}, ${fetchName}: not in the error, its inspection (showHidden, depth 6), JSON or stack`, async () => {
          const fetch = fetchName === 'global fetch' ? globalThis.fetch : undefined;
          const client = createClient({ url: server.url, accessToken: TOKEN, retries: 0, fetch });
          const err = await failing[name](client).then(() => null, (e) => e);
          expect(err).to.be.instanceOf(Error);
          expectNoToken(err);
          if (err.request) expect(err.request.headers.Authorization).to.equal('Bearer [REDACTED]');
        });
      }
    }

    it('not in util.inspect(client), before or after setOption, nor in its methods', () => {
      const client = createClient({ url: server.url, accessToken: TOKEN });
      expectNoToken(client);
      client.setOption('accessToken', `${TOKEN}-2`);
      expectNoToken(client, `${TOKEN}-2`);
      expectNoToken(client.org);
      expectNoToken(client.org.get);
    });

    it('not in what the onRetry hook receives', async () => {
      const seen = [];
      const client = createClient({ url: server.url, accessToken: TOKEN, retries: 1, onRetry: (info) => seen.push(info) });
      await client.request({ method: 'GET', path: '/f/flaky?key=hook&fail=1' });
      expect(seen).to.have.length(1);
      expectNoToken(seen[0]);
    });

    it('not in an error when the URL carries user:password either (redacted in err.request.url)', async () => {
      const client = createClient({ url: `http://user:${TOKEN}@127.0.0.1:${server.port}`, retries: 0 });
      const err = await client.request({ method: 'GET', path: '/f/empty-502' }).catch((e) => e);
      expect(err.request.url).to.equal(`http://[REDACTED]@127.0.0.1:${server.port}/f/empty-502`);
      expectNoToken(err);
    });
  });

  describe('header values cannot forge headers', () => {
    const bad = {
      'accessToken with CR/LF': [{ orgId: ORG }, { accessToken: 'abc\r\nX-Evil: 1' }, 'accessToken must not contain CR or LF characters'],
      'accessToken with a lone LF': [{ orgId: ORG }, { accessToken: 'abc\nX-Evil: 1' }, 'accessToken must not contain CR or LF characters'],
      'acceptVersion with a lone CR': [{ orgId: ORG }, { acceptVersion: '^1.25.0\rX-Evil: 1' }, 'acceptVersion must not contain CR or LF characters'],
      'losantdomain with CR/LF': [{ orgId: ORG, losantdomain: 'a.example.com\r\nX-Evil: 1' }, {}, 'losantdomain must not contain CR or LF characters'],
      'losantdomain with a NUL': [{ orgId: ORG, losantdomain: 'a.example.com\u0000' }, { validate: false },
        'losantdomain contains a character that is not allowed in an HTTP header'],
    };
    for (const name of Object.keys(bad)) {
      const [params, opts, message] = bad[name];
      it(`${name}: refused before anything is sent`, async () => {
        const before = await baseline();
        const client = createClient({ url: server.url, accessToken: TOKEN });
        const err = await client.org.get(params, opts).catch((e) => e);
        expect({ type: err.type, message: err.message }).to.deep.equal({ type: 'Validation', message });
        await untilIdle(before);
        expect(server.seen).to.deep.equal([]);
      });
    }

    it('client.request: CR/LF in a header value, or a bad header name, is refused before anything is sent', async () => {
      const before = await baseline();
      const client = createClient({ url: server.url, accessToken: TOKEN });
      const value = await client.request({ method: 'GET', path: '/f/ok', headers: { 'x-note': 'a\r\nX-Evil: 1' } }).catch((e) => e);
      expect({ type: value.type, message: value.message }).to.deep.equal({ type: 'Validation', message: 'x-note must not contain CR or LF characters' });
      const name = await client.request({ method: 'GET', path: '/f/ok', headers: { 'x-a\r\nX-Evil': '1' } }).catch((e) => e);
      expect(name.type).to.equal('Validation');
      expect(name.message).to.match(/is not a valid HTTP header name$/);
      await untilIdle(before);
      expect(server.seen).to.deep.equal([]);
    });
  });

  describe('path params are encoded', () => {
    it('an orgId with /, ?, # and .. stays one path segment (validation off, so only the encoding stands)', async () => {
      const client = createClient({ url: server.url, accessToken: TOKEN, validate: false });
      await client.org.get({ orgId: '../../admin?x=1#y' });
      expect(server.seen.map((s) => s.url.split('?')[0])).to.deep.equal(['/orgs/..%2F..%2Fadmin%3Fx%3D1%23y']);
    });

    it('a query value cannot add query params', async () => {
      const client = createClient({ url: server.url, accessToken: TOKEN });
      await client.org.removeMember({ orgId: ORG, userId: '575ed70c7ae143cd83dc4aa9&admin=true' }, { validate: false });
      expect(server.seen[0].url).to.include('userId=575ed70c7ae143cd83dc4aa9%26admin%3Dtrue');
      expect(server.seen[0].url).to.not.include('&admin=true');
    });
  });

  describe('responses above the size limit are refused (configurable)', () => {
    for (const chunked of [false, true]) {
      const label = chunked ? 'chunked' : 'with Content-Length';
      it(`${label}: a body of exactly maxResponseBytes is read, one byte more is refused`, async () => {
        const client = createClient({ url: server.url, retries: 0, maxResponseBytes: 1000 });
        const q = chunked ? '&chunked=1' : '';
        const fits = await client.request({ method: 'GET', path: `/f/huge?bytes=1000${q}` });
        expect(fits).to.have.length(998);
        const err = await client.request({ method: 'GET', path: `/f/huge?bytes=1001${q}` }).catch((e) => e);
        expect({ type: err.type, code: err.code }).to.deep.equal({ type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' });
      });
    }

    it('the limit is set client-wide, per call, or by setOption', async () => {
      const client = createClient({ url: server.url, retries: 0, maxResponseBytes: 100 });
      const path = '/f/huge?bytes=500';
      expect((await client.request({ method: 'GET', path }).catch((e) => e)).code).to.equal('ERR_RESPONSE_TOO_LARGE');
      expect(await client.request({ method: 'GET', path }, { maxResponseBytes: 500 })).to.have.length(498);
      client.setOption('maxResponseBytes', 1000);
      expect(await client.request({ method: 'GET', path })).to.have.length(498);
    });

    it('also holds with the global fetch (a WHATWG stream body)', async () => {
      const client = createClient({ url: server.url, retries: 0, maxResponseBytes: 1000, fetch: globalThis.fetch });
      const err = await client.request({ method: 'GET', path: '/f/huge?bytes=4000000&chunked=1' }).catch((e) => e);
      expect({ statusCode: err.statusCode, type: err.type, code: err.code }).to.deep.equal({ statusCode: 200, type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE' });
    });
  });
});
