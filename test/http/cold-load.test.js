'use strict';
// Issue 23: cost must not grow with the API. `require` + `createClient` load no Node built-in
// that only a request needs (the transport on http, https, net, tls, zlib, stream and crypto
// loads on the first request), in the CommonJS and the ES module builds; the first request
// then loads it and works; and a transport that cannot be loaded fails the call in the
// caller's own style, sends nothing, lets go of an upload's file, and loads on a later call.
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { expect } = require('chai');
const { startWireServer } = require('../helpers/wire-server');

const DIST = path.join(__dirname, '..', '..', 'dist');
const ORG_ID = '575ec8687ae143cd83dc4a97';
// Built-ins that only a request needs; each one loads several more of Node's own modules.
const HEAVY = ['http', 'https', 'net', 'tls', 'zlib', 'stream', 'crypto', '_http_client', '_tls_wrap'];

/** A child's script: the built-ins it loaded while `load` ran, then while its first org.get ran. */
function probe(load, url) {
  return `
    const builtins = (since) => process.moduleLoadList.filter((m) => !since.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice(13));
    const before = new Set(process.moduleLoadList);
    ${load}
    const client = createClient({ url: ${JSON.stringify(url)}, accessToken: 't', timeout: 5000 });
    createClient({ proxy: 'http://proxy.corp:3128', tls: { rejectUnauthorized: true } }).setOption('proxy', false);
    client.org; client.device; client.setOption('retries', 0);
    const atLoad = builtins(before);
    const loaded = new Set(process.moduleLoadList);
    client.org.get({ orgId: ${JSON.stringify(ORG_ID)} }).then((org) => {
      console.log(JSON.stringify({ atLoad, atFirstCall: builtins(loaded), org }));
    }, (err) => { console.error(err); process.exitCode = 1; });`;
}

/** Runs a child node (asynchronously: the server it calls is in this process) and reads its last line. */
function run(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${err.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop()));
    });
  });
}

describe('cold load: what require + createClient load (issue 23)', () => {
  let server;
  before(async () => {
    server = await startWireServer();
    server.answer(() => ({ status: 200, body: { id: ORG_ID, name: 'cold' } }));
  });
  after(() => server.close());

  const expectDeferred = (found) => {
    expect(found.atLoad.filter((m) => HEAVY.includes(m)), 'loaded by require + createClient').to.deep.equal([]);
    // The first request loads the transport, and works.
    expect(found.atFirstCall).to.include.members(['http', 'https', 'net', 'tls', 'zlib']);
    expect(found.org).to.deep.equal({ id: ORG_ID, name: 'cold' });
  };

  it('CommonJS: no http, https, net, tls, zlib, stream or crypto until the first request', async () => {
    const found = await run(['-e', probe(`const { createClient } = require(${JSON.stringify(path.join(DIST, 'index.js'))});`, server.url)]);
    expectDeferred(found);
  });

  it('ES module: the same', async function () {
    const [major, minor] = process.versions.node.split('.').map(Number);
    // Top-level await in `--input-type=module -e` came with Node 14.8.
    if (major < 14 || (major === 14 && minor < 8)) this.skip();
    const url = pathToFileURL(path.join(DIST, 'index.mjs')).href;
    const found = await run(['--input-type=module', '-e', probe(`const { createClient } = await import(${JSON.stringify(url)});`, server.url)]);
    expectDeferred(found);
  });

  describe('a transport that cannot be loaded', () => {
    let dir;
    before(() => {
      // Inside the project (.cache is ignored by git), so the copy resolves as dist/ does.
      const cache = path.join(__dirname, '..', '..', '.cache');
      fs.mkdirSync(cache, { recursive: true });
      dir = fs.mkdtempSync(path.join(cache, 'cold-'));
      fs.cpSync(DIST, dir, { recursive: true });
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fails each call in its own style, sends nothing, closes an upload\'s file, and loads on a later call', async () => {
      const chunk = path.join(dir, 'chunks', 'wire.js');
      const saved = fs.readFileSync(chunk);
      fs.unlinkSync(chunk);
      const { createClient } = require(path.join(dir, 'index.js'));
      const client = createClient({ url: server.url, accessToken: 't', retries: 0 });
      const sent = server.requests.length;
      const viaPromise = await client.org.get({ orgId: ORG_ID }).then(() => null, (e) => e);
      const viaCallback = await new Promise((resolve) => client.request({ method: 'GET', path: `/orgs/${ORG_ID}` }, (e) => resolve(e)));
      const file = path.join(dir, 'upload.bin');
      fs.writeFileSync(file, Buffer.alloc(1024, 7));
      const upload = fs.createReadStream(file);
      const viaUpload = await client.file.upload({ applicationId: ORG_ID, fileId: ORG_ID, file: upload }).then(() => null, (e) => e);
      if (!upload.destroyed) await new Promise((resolve) => upload.once('close', resolve));
      for (const err of [viaPromise, viaCallback, viaUpload]) {
        expect([err.name, err.type, err.code]).to.deep.equal(['LosantError', 'Network', 'ERR_CHUNK_LOAD']);
      }
      expect(upload.destroyed).to.equal(true);
      expect(server.requests).to.have.length(sent);
      fs.writeFileSync(chunk, saved);
      expect(await client.org.get({ orgId: ORG_ID })).to.deep.equal({ id: ORG_ID, name: 'cold' });
      expect(server.requests).to.have.length(sent + 1);
    });
  });
});
