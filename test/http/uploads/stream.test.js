'use strict';
// Stream bodies of the multipart encoder: sent chunked with node-fetch to
// loopback servers, read only as fast as the request takes them, and failing
// (never hanging) when a field's stream fails; streams it will never read
// are released. Plus the same checks on every old Node in .cache/node/.
const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { PassThrough, Readable, Writable } = require('stream');
const { expect } = require('chai');
const fetch = require('node-fetch');
const { loadMultipart, compileLib } = require('../../helpers/compile-lib');
const { startMultipartServer, postEncoded } = require('../../helpers/multipart-server');
const { runNode, describeRun, nodesToTest } = require('../../helpers/exit-check');
const { baseline, untilIdle } = require('../../helpers/idle');
const { until } = require('../../helpers/until');

const { encodeMultipart } = loadMultipart();
const MB = 1024 * 1024;

/** A stream of `total` bytes made on demand, counting what it has made; it fails with `error` once it made `failAt`. */
function countingSource(total, chunkSize = 64 * 1024, failure = {}) {
  const chunk = crypto.randomBytes(chunkSize);
  const source = new Readable({
    read() {
      if (failure.failAt !== undefined && source.produced >= failure.failAt) {
        this.destroy(failure.error);
        return;
      }
      const left = total - source.produced;
      if (left <= 0) {
        this.push(null);
        return;
      }
      const piece = left >= chunk.length ? chunk : chunk.slice(0, left);
      source.produced += piece.length;
      this.push(piece);
    },
  });
  source.produced = 0;
  return source;
}

/** Rejects with 'hung' when the promise has not settled in time: a hang must fail the test, not time it out. */
function within(promise, ms) {
  let timer;
  const limit = new Promise((resolve, reject) => { timer = setTimeout(() => reject(new Error(`hung: not settled in ${ms} ms`)), ms); });
  return Promise.race([promise, limit]).then((v) => { clearTimeout(timer); return v; }, (e) => { clearTimeout(timer); throw e; });
}

function rejection(promise) {
  return promise.then((v) => { throw new Error(`expected a rejection, got ${v && v.status}`); }, (e) => e);
}

const closed = (stream) => (stream.destroyed && stream.closed !== false ? Promise.resolve() : new Promise((resolve) => stream.once('close', resolve)));

describe('multipart: stream bodies', function () {
  this.timeout(30000);
  let server;
  let dir;
  let bigFile;
  let bigBytes;

  before(async () => {
    server = await startMultipartServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-multipart-stream-'));
    bigBytes = crypto.randomBytes(5 * MB);
    bigFile = path.join(dir, 'big.zip');
    fs.writeFileSync(bigFile, bigBytes);
  });
  after(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => { server.requests.length = 0; });

  it('streams a 5 MB file from disk, chunked, with every byte in place and the fields around it in order', async () => {
    const text = new PassThrough();
    text.end('second stream');
    const encoded = encodeMultipart([
      { name: 'before', value: 'x' },
      { name: 'file', value: fs.createReadStream(bigFile) },
      { name: 'second', value: text },
      { name: 'after', value: Buffer.from([0, 255]) },
    ]);
    expect(encoded.body).to.be.an.instanceOf(Readable);
    expect(encoded.replayable).to.equal(false);
    expect(encoded.length).to.equal(undefined);
    const res = await postEncoded(fetch, server.url, encoded);
    expect(res.status).to.equal(200);
    const [record] = server.requests;
    expect(record.headers['transfer-encoding']).to.equal('chunked');
    expect(record.headers['content-length']).to.equal(undefined);
    const parts = record.parsed.parts;
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.length])).to.deep.equal([
      ['before', undefined, undefined, 1],
      ['file', 'big.zip', 'application/zip', 5 * MB],
      ['second', undefined, 'application/octet-stream', 13],
      ['after', undefined, 'application/octet-stream', 2],
    ]);
    expect(parts[1].data.equals(bigBytes)).to.equal(true);
    expect(parts[2].data.toString()).to.equal('second stream');
  });

  it('sends text chunks as UTF-8 and an empty stream as an empty part', async () => {
    const text = new Readable({ read() { this.push('héllo ✓'); this.push(null); } });
    text.setEncoding('utf8');
    const empty = new PassThrough();
    empty.end();
    await postEncoded(fetch, server.url, encodeMultipart([{ name: 'text', value: text }, { name: 'empty', value: empty, filename: 'e.txt' }]));
    const parts = server.requests[0].parsed.parts;
    expect(parts[0].data.toString('utf8')).to.equal('héllo ✓');
    expect([parts[1].filename, parts[1].contentType, parts[1].data.length]).to.deep.equal(['e.txt', 'text/plain', 0]);
  });

  it('backpressure: reads a field stream only as fast as the reader takes the body', async () => {
    const total = 32 * MB;
    const source = countingSource(total);
    const { body } = encodeMultipart([{ name: 'file', value: source }]);
    let received = 0;
    let held;
    let stalled = true;
    const sink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk, encoding, callback) {
        received += chunk.length;
        if (stalled) held = callback;
        else setImmediate(callback);
      },
    });
    const finished = new Promise((resolve, reject) => { sink.on('finish', resolve); body.on('error', reject); });
    const before = await baseline();
    body.pipe(sink);
    // The sink holds its first chunk; then the pipeline stalls: nothing is left to run once backpressure holds.
    await until(() => held !== undefined);
    await untilIdle(before);
    // One chunk in the sink, the body's and the source's buffers: well under 1 MB of 32.
    expect(source.produced).to.be.below(MB);
    expect(held).to.be.a('function');
    stalled = false;
    held();
    await within(finished, 20000);
    expect(source.produced).to.equal(total);
    expect(received).to.be.above(total);
  });

  it('backpressure over HTTP: a server that stops reading holds the upload at socket-buffer size', async () => {
    const total = 64 * MB;
    const source = countingSource(total);
    let pausedAt;
    let bytes = 0;
    let tail = Buffer.alloc(0);
    const slow = http.createServer((req, res) => {
      req.once('data', () => {
        req.pause();
        setTimeout(() => { pausedAt = source.produced; req.resume(); }, 500);
      });
      req.on('data', (c) => { bytes += c.length; tail = Buffer.concat([tail, c]).slice(-100); });
      req.on('end', () => res.end('{}'));
    });
    await new Promise((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const encoded = encodeMultipart([{ name: 'file', value: source }]);
      const res = await within(postEncoded(fetch, `http://127.0.0.1:${slow.address().port}`, encoded), 20000);
      expect(res.status).to.equal(200);
      // Kernel socket buffers on loopback hold a few MB; without backpressure all 64 MB would be made.
      expect(pausedAt).to.be.below(24 * MB);
      expect(source.produced).to.equal(total);
      const boundary = encoded.contentType.split('boundary=')[1];
      expect(bytes).to.be.above(total);
      expect(tail.toString('latin1').endsWith(`\r\n--${boundary}--\r\n`)).to.equal(true);
    } finally {
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('a stream error mid-way fails the request with that error, at once, and releases the streams after it', async () => {
    const boom = Object.assign(new Error('disk on fire'), { code: 'EIO' });
    const failing = countingSource(4 * MB, 64 * 1024, { failAt: MB, error: boom });
    const later = fs.createReadStream(bigFile);
    const encoded = encodeMultipart([{ name: 'file', value: failing }, { name: 'later', value: later }]);
    const bodyErrors = [];
    encoded.body.on('error', (e) => bodyErrors.push(e));
    const err = await within(rejection(postEncoded(fetch, server.url, encoded)), 15000);
    expect(err.name).to.equal('FetchError');
    expect(err.code).to.equal('EIO');
    expect(err.message).to.contain('disk on fire');
    expect(bodyErrors).to.deep.equal([boom]);
    await within(closed(later), 15000);
    expect(later.destroyed).to.equal(true);
    // The request was destroyed before its last boundary: no complete request can reach the server.
    expect(server.requests).to.have.length(0);
  });

  it('a missing file fails the request with ENOENT (its error comes before the body reads it)', async () => {
    const missing = fs.createReadStream(path.join(dir, 'no-such-file.bin'));
    const encoded = encodeMultipart([{ name: 'before', value: 'x' }, { name: 'file', value: missing }]);
    // The open fails on a later tick; with nobody listening yet, it would crash the process.
    await new Promise((resolve) => missing.once('close', resolve));
    const err = await within(rejection(postEncoded(fetch, server.url, encoded)), 15000);
    expect(err.code).to.equal('ENOENT');
    expect(err.message).to.contain('no-such-file.bin');
  });

  it('a stream closed before its end fails the request (ERR_STREAM_PREMATURE_CLOSE)', async () => {
    const cut = new PassThrough();
    cut.write(Buffer.alloc(1000));
    setTimeout(() => cut.destroy(), 50);
    const err = await within(rejection(postEncoded(fetch, server.url, encodeMultipart([{ name: 'file', value: cut }]))), 15000);
    expect(err.code).to.equal('ERR_STREAM_PREMATURE_CLOSE');
    expect(err.message).to.contain('multipart field "file": the stream closed before its end');
  });

  it('a chunk that is neither bytes nor text fails the request', async () => {
    const objects = new Readable({ objectMode: true, read() { this.push({ not: 'bytes' }); this.push(null); } });
    const err = await within(rejection(postEncoded(fetch, server.url, encodeMultipart([{ name: 'file', value: objects }]))), 15000);
    expect(err.code).to.equal('ERR_INVALID_ARG_TYPE');
  });

  it('aborting the request destroys the field streams, so their files are closed', async () => {
    const stalled = http.createServer(() => { /* never reads, never answers */ });
    await new Promise((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    try {
      const first = fs.createReadStream(bigFile);
      const second = fs.createReadStream(bigFile);
      const controller = new AbortController();
      const sending = rejection(postEncoded(fetch, `http://127.0.0.1:${stalled.address().port}`, encodeMultipart([
        { name: 'a', value: first }, { name: 'b', value: second },
      ]), { signal: controller.signal }));
      setTimeout(() => controller.abort(), 100);
      const err = await within(sending, 15000);
      expect(err.name).to.equal('AbortError');
      await within(Promise.all([closed(first), closed(second)]), 15000);
      expect([first.destroyed, second.destroyed]).to.deep.equal([true, true]);
    } finally {
      await new Promise((resolve) => { stalled.close(resolve); stalled.closeAllConnections(); });
    }
  });

  it('a request answered before its body was read releases the streams it did not send', async () => {
    const early = http.createServer((req, res) => {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end('{"message":"too large"}', () => req.socket.destroy());
    });
    await new Promise((resolve) => early.listen(0, '127.0.0.1', resolve));
    try {
      const first = countingSource(64 * MB);
      const second = fs.createReadStream(bigFile);
      const outcome = await within(postEncoded(fetch, `http://127.0.0.1:${early.address().port}`, encodeMultipart([
        { name: 'a', value: first }, { name: 'b', value: second },
      ])).then((res) => res.status, (e) => e.code), 5000);
      expect([413, 'EPIPE', 'ECONNRESET']).to.include(outcome);
      await within(closed(second), 15000);
      expect(second.destroyed).to.equal(true);
      expect(first.produced).to.be.below(64 * MB);
    } finally {
      await new Promise((resolve) => early.close(resolve));
    }
  });

  it('refuses a stream that was already read or destroyed, before sending (it would never end)', async () => {
    const read = new PassThrough();
    read.end('x');
    read.resume();
    await new Promise((resolve) => read.on('end', resolve));
    const broken = new PassThrough();
    broken.on('error', () => {});
    broken.destroy(new Error('gone bad'));
    const destroyed = new PassThrough();
    destroyed.destroy();
    const cases = [[read, /^file is a stream that has already been read to its end; pass a new stream$/],
      [broken, /^file is a stream that has been destroyed \(gone bad\)/], [destroyed, /^file is a stream that has been destroyed;/]];
    for (const [value, message] of cases) {
      let err;
      try { encodeMultipart([{ name: 'file', value }]); } catch (e) { err = e; }
      expect(err && err.type, String(err)).to.equal('Validation');
      expect(err.field).to.equal('file');
      expect(err.message).to.match(message);
    }
  });
});

describe('multipart: on old Node (plain-Node fixture)', () => {
  const nodes = nodesToTest();
  const fixture = path.join(__dirname, '..', '..', 'helpers', 'multipart-old-node.js');
  before(() => console.log(`      multipart fixture runs on: ${nodes.map((n) => n.label).join(', ')}`));
  for (const node of nodes) {
    it(`in-memory and stream bodies, errors and backpressure on ${node.label}`, async () => {
      const run = await runNode([fixture, compileLib('http/uploads/multipart'), require.resolve('node-fetch')], { execPath: node.bin, timeout: 20000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      for (const line of ['in-memory', 'stream', 'stream error', 'missing file', 'backpressure', 'refused']) {
        expect(run.stdout, describeRun(run)).to.match(new RegExp(`^ok ${line}`, 'm'));
      }
    });
  }
});
