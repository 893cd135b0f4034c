'use strict';
// Resources load on their first call. A resource whose code cannot be loaded (a chunk missing
// on disk here; a network hiccup for a browser bundle) fails that call with a LosantError,
// in the caller's style, and a later call tries again rather than repeating the failure.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { startWireServer } = require('../helpers/wire-server');

const DIST = path.join(__dirname, '..', '..', 'dist');

describe('lazy resource loading', () => {
  let dir;
  let server;
  before(async () => {
    // Inside the project (.cache is ignored by git), so the copy resolves node-fetch as dist/ does.
    const cache = path.join(__dirname, '..', '..', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    dir = fs.mkdtempSync(path.join(cache, 'lazy-'));
    fs.cpSync(DIST, dir, { recursive: true });
    server = await startWireServer();
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  it('loads nothing for a resource until its first call', () => {
    const { execFileSync } = require('child_process');
    const code = `const c = require(${JSON.stringify(path.join(dir, 'index.js'))}).createClient({});
      c.device; c.org; console.log(Object.keys(require.cache).filter((f) => f.includes('chunks')).map((f) => require('path').basename(f)).join(','));`;
    const loaded = execFileSync(process.execPath, ['-e', code], { encoding: 'utf8' }).trim().split(',');
    expect(loaded).to.not.include('device.js');
    expect(loaded).to.not.include('org.js');
  });

  it('fails a call whose resource cannot be loaded, then loads it on a later call', async () => {
    const chunk = path.join(dir, 'chunks', 'device.js');
    const saved = fs.readFileSync(chunk);
    fs.unlinkSync(chunk);
    const { createClient } = require(path.join(dir, 'index.js'));
    const client = createClient({ url: server.url, accessToken: 't' });
    const params = { applicationId: '575ec8687ae143cd83dc4a97', deviceId: '575ecf887ae143cd83dc4aa2' };
    const viaPromise = await client.device.get(params).then(() => null, (e) => e);
    const viaCallback = await new Promise((resolve) => client.device.get(params, (e) => resolve(e)));
    for (const err of [viaPromise, viaCallback]) {
      expect([err.name, err.type, err.code]).to.deep.equal(['LosantError', 'Network', 'ERR_CHUNK_LOAD']);
    }
    expect(server.requests).to.have.length(0);
    fs.writeFileSync(chunk, saved);
    server.answer(() => ({ status: 200, body: { id: params.deviceId } }));
    expect(await client.device.get(params)).to.deep.equal({ id: params.deviceId });
  });

  it('an upload refused while its table loads, or because it cannot load, releases its file stream (issue 20)', async () => {
    const closed = (stream) => new Promise((resolve) => (stream.destroyed && stream.closed !== false ? resolve() : stream.once('close', resolve)));
    const file = path.join(dir, 'upload.bin');
    fs.writeFileSync(file, Buffer.alloc(1024, 7));
    const chunk = path.join(dir, 'chunks', 'file.js');
    const saved = fs.readFileSync(chunk);
    fs.unlinkSync(chunk);
    const { createClient } = require(path.join(dir, 'index.js'));
    const client = createClient({ url: server.url, accessToken: 't' });
    const params = { applicationId: '575ec8687ae143cd83dc4a97', fileId: '575ec76c7ae143cd83dc4a96' };
    const sent = server.requests.length;
    const unloaded = fs.createReadStream(file);
    const err = await client.file.upload({ ...params, file: unloaded }).then(() => null, (e) => e);
    await closed(unloaded);
    expect([err.code, unloaded.destroyed]).to.deep.equal(['ERR_CHUNK_LOAD', true]);
    fs.writeFileSync(chunk, saved);
    // The next first call waits for the table, then is refused by validation (fileId left out).
    const invalid = fs.createReadStream(file);
    const refused = await client.file.upload({ applicationId: params.applicationId, file: invalid }).then(() => null, (e) => e);
    await closed(invalid);
    expect([refused.type, refused.field, invalid.destroyed]).to.deep.equal(['Validation', 'fileId', true]);
    expect(server.requests).to.have.length(sent);
  });
});
