'use strict';
// Issue 25: the walk's code is a chunk of its own (dist/chunks/walk.js), loaded on the first
// walk only, so a program that never paginates does not load it; a walk whose chunk cannot be
// loaded fails in the caller's style with ERR_CHUNK_LOAD, and a later walk loads it.
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const { expect } = require('chai');
const { startRecorder } = require('../helpers/recorder');

const DIST = path.join(__dirname, '..', '..', 'dist');

describe('pagination: the walk loads on the first walk (issue 25)', () => {
  let dir;
  let server;
  before(async () => {
    const cache = path.join(__dirname, '..', '..', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    dir = fs.mkdtempSync(path.join(cache, 'lazy-walk-'));
    fs.cpSync(DIST, dir, { recursive: true });
    server = await startRecorder();
    server.reply(() => ({ body: { items: [{ id: 'd1' }], count: 1, totalCount: 1, page: 0, perPage: 100 } }));
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await server.close();
  });

  // Run as a child process, asynchronously: the loopback server it calls lives in this process.
  const run = (code) => new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 15000 }, (err, stdout) => (err ? reject(err) : resolve(stdout.trim().split(','))));
  });

  it('is not loaded by a program that calls actions but never paginates, and is by one that does', async () => {
    const code = (paginate) => `const c = require(${JSON.stringify(path.join(dir, 'index.js'))}).createClient({ url: ${JSON.stringify(server.url)}, accessToken: 't' });
      const loaded = () => Object.keys(require.cache).filter((f) => f.includes('chunks')).map((f) => require('path').basename(f));
      (${paginate} ? c.paginate(c.devices.get, { applicationId: 'a' }) : c.devices.get({ applicationId: 'a' }))
        .then(() => console.log(loaded().join(',')), (e) => { console.error(e); process.exit(1); });`;
    expect(await run(code(false))).to.include('devices.js').and.not.include('walk.js');
    expect(await run(code(true))).to.include('walk.js');
  });

  it('fails a walk whose code cannot be loaded, in the caller\'s style, then loads it on a later walk', async () => {
    const chunk = path.join(dir, 'chunks', 'walk.js');
    const saved = fs.readFileSync(chunk);
    fs.unlinkSync(chunk);
    const { createClient } = require(path.join(dir, 'index.js'));
    const client = createClient({ url: server.url, accessToken: 't' });
    const params = { applicationId: 'a' };
    server.reset();
    server.reply(() => ({ body: { items: [{ id: 'd1' }], count: 1, totalCount: 1, page: 0, perPage: 100 } }));
    const viaPromise = await client.paginate(client.devices.get, params).then(() => null, (e) => e);
    const viaCallback = await new Promise((resolve) => client.paginate(client.devices.get, params, (e) => resolve(e)));
    for (const err of [viaPromise, viaCallback]) expect([err.name, err.type, err.code]).to.deep.equal(['LosantError', 'Network', 'ERR_CHUNK_LOAD']);
    expect(server.requests).to.have.length(0);
    fs.writeFileSync(chunk, saved);
    expect(await client.paginate(client.devices.get, params)).to.deep.equal([{ id: 'd1' }]);
  });
});
