'use strict';
// Differential test: for every kind of value, the same fields sent with
// form-data (losant-rest's own copy, @3, and the current major, @4, both from
// node_modules) and with our encoder to the same loopback server must parse
// to the same parts (names, filenames, content types, headers, bytes), with
// our parser and with Node's own. Only the boundary may differ. form-data's
// bodies are piped through a PassThrough, as losant-rest's axios pipes them
// (chunked, no length), so node-fetch adds nothing of its own.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { PassThrough, Readable } = require('stream');
const { expect } = require('chai');
const fetch = require('node-fetch');
const { loadMultipart } = require('../../helpers/compile-lib');
const { parseWithUndici } = require('../../helpers/multipart-parser');
const { startMultipartServer, postEncoded } = require('../../helpers/multipart-server');

const { encodeMultipart } = loadMultipart();
const FormData3 = require('losant-rest/node_modules/form-data');
const FormData4 = require('form-data');
const HAS_UNDICI = typeof Response === 'function';

function allBytes(length) {
  const buf = Buffer.alloc(length);
  for (let i = 0; i < length; i++) buf[i] = (i * 7) % 256;
  return buf;
}

/** What a parser saw, with bytes as hex so that differences print readably. */
const comparable = (parts) => parts.map((p) => Object.assign({}, p, { data: Buffer.isBuffer(p.data) ? p.data.toString('hex') : p.data }));

describe('multipart: differential against form-data', function () {
  this.timeout(30000);
  let server;
  let assets;
  let dir;
  const file = (name) => path.join(dir, name);

  before(async () => {
    server = await startMultipartServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-multipart-diff-'));
    fs.writeFileSync(file('notes.txt'), 'hello file\n');
    fs.writeFileSync(file('logo.png'), allBytes(3000));
    fs.writeFileSync(file('SHOUT.JSON'), '{"a":1}');
    fs.writeFileSync(file('notebook.ipynb'), '{"cells":[]}');
    fs.writeFileSync(file('README'), 'no extension');
    fs.writeFileSync(file('bundle.zip'), allBytes(70000));
    // Serves a file, to upload an HTTP response stream (form-data takes its URL's name and its Content-Type).
    assets = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(allBytes(5000));
    });
    await new Promise((resolve) => assets.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await server.close();
    await new Promise((resolve) => assets.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const httpResponse = () => new Promise((resolve, reject) => {
    http.get(`http://127.0.0.1:${assets.address().port}/static/img/logo.png?v=2`, resolve).on('error', reject);
  });
  const stream = (text) => {
    const s = new PassThrough();
    s.end(text);
    return s;
  };
  const named = (text, name) => Object.assign(stream(text), { name });

  // Each kind makes fresh values (a stream is consumed by one send).
  const KINDS = [
    ['a string', () => ({ value: 'plain text' })],
    ['an empty string', () => ({ value: '' })],
    ['a UTF-8 string', () => ({ value: 'ünïcødé 名前 📈' })],
    ['a string with CRLF and dashes', () => ({ value: '\r\n--x\r\n\r\n--\r\n' })],
    ['an integer', () => ({ value: 42 })],
    ['a negative fraction', () => ({ value: -1.25 })],
    ['zero', () => ({ value: 0 })],
    ['a Buffer with every byte value', () => ({ value: allBytes(1024) })],
    ['an empty Buffer', () => ({ value: Buffer.alloc(0) })],
    ['a Buffer with a filename', () => ({ value: Buffer.from('a,b\n'), options: { filename: 'dir/data.csv' } })],
    ['a Buffer with a filename and a content type', () => ({ value: Buffer.from('x'), options: { filename: 'a.bin', contentType: 'application/x-thing' } })],
    ['a Buffer with an unknown extension', () => ({ value: Buffer.from('x'), options: { filename: 'a.unknownext' } })],
    ['a string with a filename', () => ({ value: '{}', options: { filename: 'config.json' } })],
    ['a string with an unknown extension', () => ({ value: 'x', options: { filename: 'x.unknownext' } })],
    ['an fs stream (.txt)', () => ({ value: fs.createReadStream(file('notes.txt')) })],
    ['an fs stream (binary .png)', () => ({ value: fs.createReadStream(file('logo.png')) })],
    ['an fs stream (upper-case .JSON)', () => ({ value: fs.createReadStream(file('SHOUT.JSON')) })],
    ['an fs stream (.ipynb, outside both tables)', () => ({ value: fs.createReadStream(file('notebook.ipynb')) })],
    ['an fs stream (no extension)', () => ({ value: fs.createReadStream(file('README')) })],
    ['an fs stream (.zip, several chunks)', () => ({ value: fs.createReadStream(file('bundle.zip')) })],
    ['an fs stream with a filename', () => ({ value: fs.createReadStream(file('notebook.ipynb')), options: { filename: 'nb.json' } })],
    ['an fs stream with a content type', () => ({ value: fs.createReadStream(file('notes.txt')), options: { contentType: 'text/x-notes' } })],
    ['another stream (no name, no path)', () => ({ value: stream('streamed text') })],
    ['an empty stream', () => ({ value: stream('') })],
    ['a stream with a name', () => ({ value: named('named', 'folder/pic.gif') })],
    ['an HTTP response stream', async () => ({ value: await httpResponse() })],
    ['a name and filename with quote, CR and LF', () => ({ name: 'a"b\r\nX-Evil: 1', value: Buffer.from('v'), options: { filename: 'e"\r\n.txt' } })],
    ['a UTF-8 name and filename', () => ({ name: 'température-名前', value: Buffer.from('v'), options: { filename: 'отчёт 📈.csv' } })],
  ];

  async function sendFormData(FormData, fields) {
    const form = new FormData();
    for (const f of fields) form.append(f.name, f.value, f.options);
    const res = await fetch(`${server.url}/form-data`, { method: 'POST', headers: form.getHeaders(), body: form.pipe(new PassThrough()) });
    expect(res.status, await res.text()).to.equal(200);
    return server.requests[server.requests.length - 1];
  }

  async function sendOurs(fields) {
    const encoded = encodeMultipart(fields.map((f) => Object.assign({ name: f.name, value: f.value }, f.options)));
    const res = await postEncoded(fetch, `${server.url}/ours`, encoded);
    expect(res.status, await res.text()).to.equal(200);
    return server.requests[server.requests.length - 1];
  }

  async function fieldsFor(make) {
    const kind = await make();
    return [{ name: 'before', value: 'x' }, { name: kind.name || 'field', value: kind.value, options: kind.options }, { name: 'after', value: 'y' }];
  }

  async function expectSameParts(theirs, ours) {
    expect(comparable(ours.parsed.parts)).to.deep.equal(comparable(theirs.parsed.parts));
    expect(ours.parsed.epilogue.toString('latin1')).to.equal(theirs.parsed.epilogue.toString('latin1'));
    if (HAS_UNDICI) {
      const [a, b] = await Promise.all([parseWithUndici(theirs.body, theirs.headers['content-type']), parseWithUndici(ours.body, ours.headers['content-type'])]);
      expect(comparable(b)).to.deep.equal(comparable(a));
    }
  }

  for (const [label, make] of KINDS) {
    it(`${label}: the same parts as form-data@3 (losant-rest's) and form-data@4`, async () => {
      const ours = await sendOurs(await fieldsFor(make));
      expect(ours.parsed.parts).to.have.length(3);
      for (const FormData of [FormData3, FormData4]) await expectSameParts(await sendFormData(FormData, await fieldsFor(make)), ours);
    });
  }

  it('the same parts as losant-rest 2.8.1 itself for the upload actions (its own axios and form-data)', async () => {
    const client = require('losant-rest').createClient({ url: server.url, accessToken: 'token' });
    const calls = [
      [() => client.applications.import({ importBundle: fs.createReadStream(file('bundle.zip')), ownerId: 'o1', ownerType: 'organization', email: 'a@b.co' }),
        () => [{ name: 'importBundle', value: fs.createReadStream(file('bundle.zip')) }, { name: 'ownerId', value: 'o1' }, { name: 'ownerType', value: 'organization' }, { name: 'email', value: 'a@b.co' }]],
      [() => client.application.import({ applicationId: 'a1', importBundle: fs.createReadStream(file('bundle.zip')), email: 'a@b.co' }),
        () => [{ name: 'importBundle', value: fs.createReadStream(file('bundle.zip')) }, { name: 'email', value: 'a@b.co' }]],
      [() => client.file.upload({ applicationId: 'a1', fileId: 'f1', file: allBytes(2048) }), () => [{ name: 'file', value: allBytes(2048) }]],
      [() => client.notebook.upload({ applicationId: 'a1', notebookId: 'n1', jupyterFile: fs.createReadStream(file('notebook.ipynb')) }),
        () => [{ name: 'jupyterFile', value: fs.createReadStream(file('notebook.ipynb')) }]],
    ];
    for (const [theirCall, ourParts] of calls) {
      await theirCall();
      const theirs = server.requests[server.requests.length - 1];
      const res = await postEncoded(fetch, `${server.url}/ours`, encodeMultipart(ourParts()));
      expect(res.status).to.equal(200);
      await expectSameParts(theirs, server.requests[server.requests.length - 1]);
    }
  });

  it('where form-data fails (a boolean, a Uint8Array), we send what it means: the text, the bytes', async () => {
    // form-data hands `true` on as a chunk: getBuffer() throws, and piped into a request it throws there.
    const withBoolean = new FormData3();
    withBoolean.append('flag', true);
    expect(() => withBoolean.getBuffer()).to.throw(TypeError);
    expect(() => new FormData3().append('bytes', new Uint8Array([1, 2]))).to.throw(TypeError, /source\.on is not a function/);
    const ours = await sendOurs([{ name: 'flag', value: true }, { name: 'off', value: false }, { name: 'bytes', value: new Uint8Array([1, 2, 255]) }]);
    const theirs = await sendFormData(FormData3, [{ name: 'flag', value: 'true' }, { name: 'off', value: 'false' }, { name: 'bytes', value: Buffer.from([1, 2, 255]) }]);
    await expectSameParts(theirs, ours);
  });

  it('with form-data, a stream error leaves a node-fetch request pending (ours fails it: stream.test.js)', async () => {
    let reads = 0;
    const failing = new Readable({
      read() {
        if (++reads > 4) this.destroy(Object.assign(new Error('disk on fire'), { code: 'EIO' }));
        else this.push(Buffer.alloc(65536));
      },
    });
    const form = new FormData4();
    const formErrors = [];
    form.on('error', (e) => formErrors.push(e.message));
    form.append('file', failing);
    let settled = false;
    const failed = new Promise((resolve) => form.once('error', resolve));
    const sending = fetch(`${server.url}/form-data`, { method: 'POST', headers: form.getHeaders(), body: form })
      .then(() => { settled = true; }, () => { settled = true; });
    await failed;
    // Whatever node-fetch would do about the error it would do within these turns; it does nothing.
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(formErrors).to.deep.equal(['disk on fire']);
    expect(settled).to.equal(false);
    await server.close();
    await sending;
    server = await startMultipartServer();
  });

  it('where form-data mangles or rejects a value (null, an array, an object), we refuse it: the facts', async () => {
    const theirs = await sendFormData(FormData3, [{ name: 'z', value: null }]);
    expect(theirs.parsed.parts[0].data.toString()).to.equal('null');
    const withArray = new FormData3();
    const errors = [];
    withArray.on('error', (e) => errors.push(e.message));
    withArray.append('list', [1, 2]);
    expect(errors).to.deep.equal(['Arrays are not supported.']);
    expect(() => new FormData3().append('o', { a: 1 })).to.throw(TypeError);
    for (const value of [null, [1, 2], { a: 1 }]) {
      expect(() => encodeMultipart([{ name: 'v', value }])).to.throw(/must be a string/).with.property('type', 'Validation');
    }
  });
});
