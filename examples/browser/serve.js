'use strict';
// `node examples/browser/serve.js`: the members page against the local emulator.
// Starts the emulator, bundles members.js for the browser with esbuild (a dev
// dependency of this repository; your app uses its own bundler), serves the page
// on another port (so the page calls the emulator across origins, with CORS, as
// it would call api.losant.com) and prints its address. Ctrl-C stops it.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { startEmulator } = require('losant-org-client/emulator');

const HERE = __dirname;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

async function bundle() {
  const esbuild = require('esbuild');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-members-page-'));
  // `losant-org-client` resolves to this repository (a package may import itself by name), browser build.
  await esbuild.build({
    entryPoints: [path.join(HERE, 'members.js')], outdir: out, absWorkingDir: path.join(HERE, '..', '..'),
    bundle: true, splitting: true, format: 'esm', platform: 'browser', minify: true, logLevel: 'warning',
  });
  fs.copyFileSync(path.join(HERE, 'index.html'), path.join(out, 'index.html'));
  return out;
}

function serve(dir) {
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url, 'http://x').pathname) || 'index.html';
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** The page and the emulator, each on its own 127.0.0.1 port; `pageUrl` carries the settings in its fragment. */
async function startExample() {
  const emulator = await startEmulator();
  const dir = await bundle();
  const server = await serve(dir);
  const settings = new URLSearchParams({ url: emulator.url, token: emulator.demo.token, orgId: emulator.demo.orgId });
  return {
    pageUrl: `http://127.0.0.1:${server.address().port}/#${settings}`,
    emulator,
    async close() {
      await new Promise((done) => {
        server.close(done);
        // Idle keep-alive connections of the browser would hold close() for seconds.
        if (server.closeAllConnections) server.closeAllConnections();
      });
      await emulator.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

if (require.main === module) {
  startExample().then((example) => {
    console.log(`Open ${example.pageUrl}`);
    process.on('SIGINT', () => example.close().then(() => process.exit(0)));
  }, (err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { startExample };
