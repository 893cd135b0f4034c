'use strict';
// Issue 21, item 6: an upload refused before anything is sent (the caller's
// signal already aborted; a proxy variable that cannot be used) still takes
// its stream with it: the file stream is destroyed and its file closed, as
// after an upload that was sent. Each waits for the streams' own 'close'.
// Issue 20: so does one the client refuses itself (validation, options, a
// callback that is not a function), before the transport is reached.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { TRANSPORTS } = require('../../helpers/transports');

const APP = '575ec8687ae143cd83dc4a97';
const FILE = '575ec76c7ae143cd83dc4a96';

const closed = (stream) => new Promise((resolve) => (stream.destroyed && stream.closed !== false ? resolve() : stream.once('close', resolve)));

describe('uploads refused before sending release their streams (issue 21, item 6)', () => {
  let dir;
  let file;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-upload-'));
    file = path.join(dir, 'upload.bin');
    fs.writeFileSync(file, Buffer.alloc(256 * 1024, 7));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** `count` uploads of a file stream, each refused; `env` is set for the calls only. */
  async function refusedUploads(client, options, count, env) {
    const streams = [];
    const errors = [];
    Object.assign(process.env, env);
    try {
      for (let i = 0; i < count; i++) {
        const stream = fs.createReadStream(file);
        streams.push(stream);
        errors.push(await client.file.upload({ applicationId: APP, fileId: FILE, file: stream }, options).catch((e) => e));
      }
    } finally {
      for (const name of Object.keys(env || {})) delete process.env[name];
    }
    await Promise.all(streams.map(closed));
    return { errors, streams };
  }

  for (const { label, fetch } of TRANSPORTS) {
    it(`${label}: the caller's signal already aborted: Aborted, and each of 5 file streams is closed`, async () => {
      const controller = new AbortController();
      controller.abort();
      const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't', fetch });
      const { errors, streams } = await refusedUploads(client, { signal: controller.signal }, 5);
      expect(errors.map((e) => e.type)).to.deep.equal(['Aborted', 'Aborted', 'Aborted', 'Aborted', 'Aborted']);
      expect(streams.map((s) => s.destroyed)).to.deep.equal([true, true, true, true, true]);
    });
  }

  it('built-in: an HTTP_PROXY that cannot be used: Validation, and each of 5 file streams is closed', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't' });
    const { errors, streams } = await refusedUploads(client, {}, 5, { HTTP_PROXY: 'socks5://127.0.0.1:1080' });
    expect(errors.map((e) => e.type)).to.deep.equal(['Validation', 'Validation', 'Validation', 'Validation', 'Validation']);
    expect(streams.map((s) => s.destroyed)).to.deep.equal([true, true, true, true, true]);
  });

  // Issue 20: refused by the client itself, before the transport is reached.
  const refusals = [
    ['a param validation refuses (fileId left out)', (client, file) => client.file.upload({ applicationId: APP, file })],
    ['an option is refused (timeout: -1)', (client, file) => client.file.upload({ applicationId: APP, fileId: FILE, file }, { timeout: -1 })],
    ['a path id is missing with validate: false', (client, file) => client.file.upload({ applicationId: APP, file }, { validate: false })],
  ];
  for (const [label, call] of refusals) {
    it(`${label}: Validation, nothing sent, and each of 5 file streams is closed`, async () => {
      const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't' });
      const streams = [];
      const errors = [];
      for (let i = 0; i < 5; i++) {
        const stream = fs.createReadStream(file);
        streams.push(stream);
        errors.push(await call(client, stream).catch((e) => e));
      }
      await Promise.all(streams.map(closed));
      expect(errors.map((e) => [e.type, e.statusCode])).to.deep.equal(Array(5).fill(['Validation', undefined]));
      expect(streams.map((s) => s.destroyed)).to.deep.equal([true, true, true, true, true]);
    });
  }

  it('a callback that is not a function: Validation, and the file stream is closed', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't' });
    const stream = fs.createReadStream(file);
    const err = await client.file.upload({ applicationId: APP, fileId: FILE, file: stream }, {}, 'not a function').catch((e) => e);
    await closed(stream);
    expect([err.type, err.field, stream.destroyed]).to.deep.equal(['Validation', 'callback', true]);
  });

  it('with a callback too: the refusal reaches it once, and the file stream is closed', async () => {
    const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't' });
    const stream = fs.createReadStream(file);
    const outcomes = [];
    await new Promise((resolve) => client.file.upload({ applicationId: APP, file: stream }, (err, result) => {
      outcomes.push([err && err.type, result]);
      setTimeout(resolve, 20);
    }));
    await closed(stream);
    expect(outcomes).to.deep.equal([['Validation', undefined]]);
    expect(stream.destroyed).to.equal(true);
  });

  if (typeof ReadableStream === 'function') {
    it('a WHATWG stream given to a refused upload is cancelled', async () => {
      let cancelled = false;
      const web = new ReadableStream({ cancel() { cancelled = true; } });
      const err = await createClient({ url: 'http://127.0.0.1:9', accessToken: 't' }).file.upload({ applicationId: APP, file: web }).catch((e) => e);
      await new Promise((resolve) => setImmediate(resolve));
      expect([err.type, cancelled]).to.deep.equal(['Validation', true]);
    });
  }

  it('what is not a stream is left as it was', async () => {
    const buffer = Buffer.from('bytes');
    const emitter = new (require('events').EventEmitter)();
    emitter.destroy = () => { throw new Error('must not be destroyed'); };
    const err = await createClient({ url: 'http://127.0.0.1:9', accessToken: 't' }).file.upload({ applicationId: APP, file: buffer, other: emitter }).catch((e) => e);
    expect(err.type).to.equal('Validation');
    expect(buffer.toString()).to.equal('bytes');
  });
});
