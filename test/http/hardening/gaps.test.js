'use strict';
// Issue 21, item 10 and the gaps of item 12 that a mutation audit found no
// test for: each check here fails if that one line of the client is wrong.
// Content-Length counts UTF-8 bytes; a caller's Transfer-Encoding never goes
// with a Content-Length; `Content-Encoding: GZIP` is gzip; a Retry-After
// equal to maxRetryAfter is waited for; undefined query values are skipped;
// maxLength counts code points; a call's own acceptVersion reaches its headers.
const http = require('http');
const zlib = require('zlib');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startRecorder } = require('../../helpers/recorder');
const { TRANSPORTS } = require('../../helpers/transports');

const ORG = '575ed70c7ae143cd83dc4aa9';
// The default Accept-Version is ^ the imported API version; a call pins an older one.
const DEFAULT_VERSION = `^${require('../../../lib/actions/api.json').apiVersion}`;
const PINNED_VERSION = '^1.25.0';

describe('hardening gaps (issue 21: item 10, item 12)', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const { label, fetch } of TRANSPORTS) {
    describe(label, () => {
      const client = (options) => createClient(Object.assign({ url: server.url, accessToken: 't', retries: 0, fetch }, options));

      it('a string body with non-ASCII characters: Content-Length is its UTF-8 length', async () => {
        const body = { name: 'Zoë 😀 — 東京' };
        await client().request({ method: 'POST', path: '/x', body });
        const [req] = server.requests;
        expect(req.headers['content-length']).to.equal(String(Buffer.byteLength(JSON.stringify(body))));
        expect(req.body).to.deep.equal(body);
      });

      it('a caller\'s Transfer-Encoding with a JSON body, or with none: Content-Length alone is sent', async () => {
        for (const body of [{ a: 1 }, undefined]) {
          await client().request({ method: 'POST', path: '/x', body, headers: { 'Transfer-Encoding': 'chunked' } });
        }
        expect(server.requests.map((r) => [r.headers['content-length'], r.headers['transfer-encoding']])).to.deep.equal([
          ['7', undefined], ['0', undefined],
        ]);
      });

      it('a Retry-After (0 s) equal to maxRetryAfter (0 ms) is honoured: the call is retried', async () => {
        server.reply(() => (server.requests.length === 1
          ? { status: 503, headers: { 'retry-after': '0' }, body: { type: 'ServiceUnavailable', message: 'later' } }
          : { status: 200, body: { ok: true } }));
        expect(await client({ retries: 1, maxRetryAfter: 0 }).request({ method: 'GET', path: '/x' })).to.deep.equal({ ok: true });
        expect(server.requests).to.have.length(2);
      });

      it('undefined query values are not sent; null ones are sent empty', async () => {
        await client().request({ method: 'GET', path: '/x', query: { gone: undefined, kept: 1, empty: null } });
        expect(server.requests[0].search).to.equal('kept=1&empty=');
      });

      it('a call\'s own acceptVersion, given alone, is that call\'s Accept-Version', async () => {
        const c = client();
        await c.request({ method: 'GET', path: '/x' }, { acceptVersion: PINNED_VERSION });
        await c.request({ method: 'GET', path: '/x' });
        expect(PINNED_VERSION).to.not.equal(DEFAULT_VERSION);
        expect(server.requests.map((r) => [r.headers['accept-version'], r.headers.authorization])).to.deep.equal([
          [PINNED_VERSION, 'Bearer t'], [DEFAULT_VERSION, 'Bearer t'],
        ]);
      });
    });
  }

  it('maxLength counts code points: 255 emoji are a valid org name, 256 are not (nothing sent)', async () => {
    const client = createClient({ url: server.url, accessToken: 't' });
    await client.org.patch({ orgId: ORG, organization: { name: '😀'.repeat(255) } });
    expect(server.requests).to.have.length(1);
    const err = await client.org.patch({ orgId: ORG, organization: { name: '😀'.repeat(256) } }).catch((e) => e);
    expect([err.type, err.message]).to.deep.equal(['Validation', 'organization.name must be at most 255 characters long']);
    expect(server.requests).to.have.length(1);
  });

  it('built-in: Content-Encoding: GZIP, Gzip and X-GZIP are decoded (a coding\'s name has no case)', async () => {
    const gzipped = zlib.gzipSync(JSON.stringify({ decoded: true }));
    const coded = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': req.url.slice(1), 'content-length': gzipped.length });
      res.end(gzipped);
    });
    coded.on('connection', (socket) => socket.unref());
    await new Promise((resolve) => coded.listen(0, '127.0.0.1', resolve));
    try {
      const client = createClient({ url: `http://127.0.0.1:${coded.address().port}` });
      for (const coding of ['GZIP', 'Gzip', 'X-GZIP']) {
        expect(await client.request({ method: 'GET', path: `/${coding}` }), coding).to.deep.equal({ decoded: true });
      }
    } finally {
      await new Promise((resolve) => coded.close(resolve));
    }
  });
});
