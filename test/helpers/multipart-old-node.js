'use strict';
// Plain-Node fixture for test/http/uploads/stream.test.js, run on the current
// Node and on every old Node in .cache/node/: the compiled encoder (argv[2])
// sends in-memory and stream bodies with node-fetch (argv[3]) to a loopback
// server, a failing or missing stream fails the request, and a stalled reader
// holds a stream back. Prints one `ok …` line per check; exits 1 on the first
// failure. Node 10 syntax and APIs only.
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { PassThrough, Readable, Writable } = require('stream');
const { startMultipartServer, postEncoded } = require('./multipart-server');

const { encodeMultipart } = require(process.argv[2]);
const fetch = require(process.argv[3]);

function within(promise, ms, what) {
  let timer;
  const limit = new Promise((resolve, reject) => { timer = setTimeout(() => reject(new Error(`${what}: hung for ${ms} ms`)), ms); });
  return Promise.race([promise, limit]).then((v) => { clearTimeout(timer); return v; }, (e) => { clearTimeout(timer); throw e; });
}

function rejection(promise) {
  return promise.then(() => { throw new Error('expected the request to fail'); }, (e) => e);
}

function counting(total, failAt, error) {
  const chunk = crypto.randomBytes(64 * 1024);
  const source = new Readable({
    read() {
      if (failAt !== undefined && source.produced >= failAt) { this.destroy(error); return; }
      if (source.produced >= total) { this.push(null); return; }
      source.produced += chunk.length;
      this.push(chunk);
    },
  });
  source.produced = 0;
  return source;
}

async function main() {
  const server = await startMultipartServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-multipart-old-'));
  const file = path.join(dir, 'data.csv');
  const bytes = crypto.randomBytes(1024 * 1024);
  fs.writeFileSync(file, bytes);
  try {
    await postEncoded(fetch, server.url, encodeMultipart([
      { name: 's', value: 'é' }, { name: 'n', value: 7 }, { name: 'b', value: true }, { name: 'buf', value: Buffer.from([0, 255]) },
    ]));
    let rec = server.requests.pop();
    assert.strictEqual(rec.headers['content-length'], String(rec.body.length));
    assert.deepStrictEqual(rec.parsed.parts.map((p) => [p.name, p.data.toString('hex')]), [['s', 'c3a9'], ['n', '37'], ['b', '74727565'], ['buf', '00ff']]);
    console.log('ok in-memory: Content-Length and 4 parts');

    const pass = new PassThrough();
    pass.end('tail');
    await postEncoded(fetch, server.url, encodeMultipart([{ name: 'file', value: fs.createReadStream(file) }, { name: 'p', value: pass }]));
    rec = server.requests.pop();
    assert.strictEqual(rec.headers['transfer-encoding'], 'chunked');
    const parts = rec.parsed.parts;
    assert.deepStrictEqual([parts[0].filename, parts[0].contentType], ['data.csv', 'text/csv']);
    assert.ok(parts[0].data.equals(bytes));
    assert.strictEqual(parts[1].data.toString(), 'tail');
    console.log('ok stream: 1 MB file and a PassThrough, chunked, exact bytes');

    const boom = Object.assign(new Error('disk on fire'), { code: 'EIO' });
    const failing = counting(8 * 1024 * 1024, 512 * 1024, boom);
    let err = await within(rejection(postEncoded(fetch, server.url, encodeMultipart([{ name: 'file', value: failing }]))), 5000, 'stream error');
    assert.strictEqual(err.code, 'EIO');
    console.log(`ok stream error: the request failed with ${err.code}`);

    err = await within(rejection(postEncoded(fetch, server.url, encodeMultipart([{ name: 'file', value: fs.createReadStream(path.join(dir, 'missing')) }]))), 5000, 'missing file');
    assert.strictEqual(err.code, 'ENOENT');
    console.log(`ok missing file: the request failed with ${err.code}`);

    const source = counting(32 * 1024 * 1024);
    const body = encodeMultipart([{ name: 'file', value: source }]).body;
    body.pipe(new Writable({ highWaterMark: 16 * 1024, write() { /* stalled: never calls back */ } }));
    // Until the pipeline stalls: no more bytes made over two turns of the event loop (it runs on nothing else).
    for (let last = -1, still = 0; still < 2;) {
      await new Promise((resolve) => setImmediate(resolve));
      still = source.produced === last ? still + 1 : 0;
      last = source.produced;
    }
    assert.ok(source.produced < 1024 * 1024, `made ${source.produced} bytes for a stalled reader`);
    body.destroy();
    console.log(`ok backpressure: ${source.produced} bytes made for a stalled reader`);

    let refused;
    try { encodeMultipart([{ name: 'file', value: null }]); } catch (e) { refused = e; }
    assert.strictEqual(refused && refused.type, 'Validation');
    console.log('ok refused: null is a Validation error');
  } finally {
    fs.unlinkSync(file);
    fs.rmdirSync(dir);
    await server.close();
  }
  console.log(`done on Node ${process.version}`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
