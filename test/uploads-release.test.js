'use strict';
// Issue 21, item 6: an upload refused before anything is sent (the caller's
// signal already aborted; a proxy variable that cannot be used) still takes
// its stream with it: the file stream is destroyed and its file closed, as
// after an upload that was sent. Each waits for the streams' own 'close'.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('..');
const { TRANSPORTS } = require('./helpers/transports');

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
});
