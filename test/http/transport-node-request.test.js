'use strict';
// The built-in transport (lib/http/transport/node-request.ts, node-response.ts), which
// replaced node-fetch@2's fetch(): the same request on the wire as node-fetch
// sent (checked against node-fetch itself), compressed answers decoded, and the
// response's and socket's faults reported through the call, never thrown.
const http = require('http');
const zlib = require('zlib');
const { expect } = require('chai');
const nodeFetch = require('node-fetch');
const { createClient } = require('../..');
const { baseline, untilIdle } = require('../helpers/idle');

function startServer(handler) {
  const requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method, url: req.url, rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString() });
      handler(req, res);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((done) => { server.closeAllConnections && server.closeAllConnections(); server.close(done); }),
  })));
}

const json = (res, value, headers) => {
  res.writeHead(200, Object.assign({ 'content-type': 'application/json' }, headers));
  res.end(JSON.stringify(value));
};

describe('built-in transport: the request as node-fetch@2 sent it', () => {
  let server;
  before(async () => { server = await startServer((req, res) => json(res, { ok: true })); });
  after(() => server.close());

  const cases = [
    ['GET', undefined],
    ['POST', { a: 1 }],
    ['POST', undefined],
    ['PUT', { b: 'é' }],
    ['PATCH', undefined],
    ['DELETE', undefined],
  ];
  for (const [method, body] of cases) {
    it(`${method} ${body ? 'with' : 'without'} a body: the same request line, header lines (names, order, values) and body`, async () => {
      server.requests.length = 0;
      const client = createClient({ url: server.url, accessToken: 'tok', retries: 0 });
      await client.request({ method, path: '/x/y', query: { q: 'a b' }, body });
      const ours = server.requests.pop();
      // What the client asked node-fetch to send before (request.ts's headers), sent by node-fetch itself.
      const headers = { Accept: 'application/json', 'Accept-Version': '^1.30.0', Authorization: 'Bearer tok' };
      if (body) headers['Content-Type'] = 'application/json';
      const agent = new http.Agent({ keepAlive: true });
      const res = await nodeFetch(`${server.url}/x/y?q=a%20b`, { method, headers, body: body && JSON.stringify(body), redirect: 'manual', agent });
      await res.text();
      agent.destroy();
      const theirs = server.requests.pop();
      const withoutPort = (r) => Object.assign({}, r, { rawHeaders: r.rawHeaders.map((h) => h.replace(/:\d+$/, ':PORT')) });
      expect(withoutPort(ours)).to.deep.equal(withoutPort(theirs));
    });
  }
});

describe('built-in transport: compressed answers are decoded', () => {
  let server;
  const value = { text: 'héllo '.repeat(200), n: 7 };
  const raw = Buffer.from(JSON.stringify(value));
  before(async () => {
    server = await startServer((req, res) => {
      const kind = req.url.slice(1).split('?')[0];
      if (kind === 'gzip') return encoded(res, zlib.gzipSync(raw), 'gzip');
      if (kind === 'x-gzip') return encoded(res, zlib.gzipSync(raw), 'x-gzip');
      if (kind === 'deflate') return encoded(res, zlib.deflateSync(raw), 'deflate');
      if (kind === 'deflate-raw') return encoded(res, zlib.deflateRawSync(raw), 'deflate');
      if (kind === 'br') return encoded(res, zlib.brotliCompressSync(raw), 'br');
      if (kind === 'corrupt') return encoded(res, Buffer.from('not gzip at all'), 'gzip');
      if (kind === 'no-content') {
        res.writeHead(204, { 'content-encoding': 'gzip' });
        return res.end();
      }
      return json(res, value, { 'content-encoding': 'identity' });
    });
  });
  after(() => server.close());

  function encoded(res, bytes, coding) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': coding, 'content-length': bytes.length });
    res.end(bytes);
  }

  for (const coding of ['gzip', 'x-gzip', 'deflate', 'deflate-raw', 'br', 'identity']) {
    it(`Content-Encoding ${coding}: the JSON arrives decoded (both styles)`, async () => {
      const client = createClient({ url: server.url, retries: 0 });
      expect(await client.request({ method: 'GET', path: `/${coding}` })).to.deep.equal(value);
      const viaCallback = await new Promise((resolve, reject) => client.request({ method: 'GET', path: `/${coding}` }, (err, r) => (err ? reject(err) : resolve(r))));
      expect(viaCallback).to.deep.equal(value);
    });
  }

  it('the request says it accepts gzip and deflate, as node-fetch did', () => {
    const last = server.requests[server.requests.length - 1];
    const index = last.rawHeaders.findIndex((h, i) => i % 2 === 0 && h.toLowerCase() === 'accept-encoding');
    expect(last.rawHeaders[index + 1]).to.equal('gzip,deflate');
  });

  it('a body that is not what its Content-Encoding says fails the call with a Network error (the zlib code)', async () => {
    const client = createClient({ url: server.url, retries: 0 });
    const err = await client.request({ method: 'GET', path: '/corrupt' }).then(() => null, (e) => e);
    expect(err && err.type).to.equal('Network');
    expect(err.code).to.equal('Z_DATA_ERROR');
    expect(err.statusCode).to.equal(200);
  });

  it('a 204 that claims gzip has no body to decode', async () => {
    const client = createClient({ url: server.url, retries: 0 });
    expect(await client.request({ method: 'GET', path: '/no-content' })).to.equal(undefined);
  });
});

describe('built-in transport: a streamed upload ended early', () => {
  let server;
  before(async () => {
    // Reads the request but never answers.
    server = await startServer(() => undefined);
  });
  after(() => server.close());

  const IDS = { applicationId: '575ec8687ae143cd83dc4a97', fileId: '575ec76c7ae143cd83dc4a96' };
  function slowFile() {
    const { PassThrough } = require('stream');
    const file = new PassThrough();
    file.write('the first bytes of a file that never ends');
    return file;
  }

  it('by the timeout: Timeout ETIMEDOUT, the file stream destroyed, nothing thrown (both styles)', async () => {
    const client = createClient({ url: server.url, retries: 0 });
    const file = slowFile();
    const err = await client.file.upload(Object.assign({ file }, IDS), { timeout: 150 }).then(() => null, (e) => e);
    expect(err && [err.type, err.code]).to.deep.equal(['Timeout', 'ETIMEDOUT']);
    expect(file.destroyed).to.equal(true);
    const other = slowFile();
    const viaCallback = await new Promise((resolve) => client.file.upload(Object.assign({ file: other }, IDS), { timeout: 150 }, resolve));
    expect([viaCallback.type, other.destroyed]).to.deep.equal(['Timeout', true]);
  });

  it('by the caller\'s signal: Aborted ABORT_ERR, the file stream destroyed, nothing thrown', async () => {
    const before = await baseline();
    const client = createClient({ url: server.url, retries: 0 });
    const file = slowFile();
    const controller = new AbortController();
    const pending = client.file.upload(Object.assign({ file }, IDS), { signal: controller.signal }).then(() => null, (e) => e);
    setTimeout(() => controller.abort(), 50);
    const err = await pending;
    expect(err && [err.type, err.code]).to.deep.equal(['Aborted', 'ABORT_ERR']);
    expect(file.destroyed).to.equal(true);
    // An 'error' nobody heard would be thrown (mocha reports it as a failure) before nothing is left to run.
    await untilIdle(before);
  });
});
