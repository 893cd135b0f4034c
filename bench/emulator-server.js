'use strict';
// The servers of bench/emulator.mjs, one per process (pinned to core 0 by the
// parent): `emulator` is the built emulator (dist/emulator.js) with its default
// seed; `hello` is the limit, a raw `node:http` hello-world. It prints one JSON
// line with its port and, for the emulator, the ids and token to use; then each
// line on stdin is a command: `reset` (the emulator goes back to its seed, so
// every round creates into the same state) answers `ok`, `cpu` the process's
// CPU time so far (µs, user + system); end of stdin stops it.
// Usage: node emulator-server.js <emulator|hello> [dist folder]
const http = require('http');
const path = require('path');
const readline = require('readline');

const HELLO = Buffer.from('{"hello":"world"}');

function hello() {
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'Content-Type': 'application/json', 'Content-Length': HELLO.length });
      res.end(HELLO);
    });
  });
  server.keepAliveTimeout = 60000;
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    port: server.address().port,
    reset() {},
    close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
  })));
}

async function emulator(dist) {
  const { startEmulator } = require(path.join(dist, 'emulator.js'));
  const emu = await startEmulator();
  return {
    port: emu.port,
    demo: { token: emu.demo.token, applicationId: emu.demo.applicationId, deviceId: emu.demo.deviceId },
    reset: () => emu.reset(),
    close: () => emu.close(),
  };
}

async function main() {
  const [kind, dist = path.join(__dirname, '..', 'dist')] = process.argv.slice(2);
  const server = kind === 'hello' ? await hello() : await emulator(dist);
  process.stdout.write(`${JSON.stringify({ port: server.port, demo: server.demo })}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const command = line.trim();
    if (command === 'reset') server.reset();
    const cpu = process.cpuUsage();
    process.stdout.write(command === 'cpu' ? `${cpu.user + cpu.system}\n` : 'ok\n');
  });
  lines.on('close', () => server.close().then(() => process.exit(0)));
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
