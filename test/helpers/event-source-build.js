'use strict';
// Bundles lib/http/streams/event-source.ts (and, as a file of its own, the parser)
// into CommonJS under .cache/event-source-build/, with the same rollup and
// TypeScript settings as dist/, so the tests (and the plain-Node fixtures on
// old Node) run the compiled module, the parser as a file of its own. Types
// are not checked here: `npm test` type-checks lib/ as its first step.
//
// The build runs in a child process (this file, run as a script): after a
// failed TypeScript build the plugin leaves a handle open, which would keep
// mocha from ever exiting. Built once per test process.
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..');
const OUT = path.join(ROOT, '.cache', 'event-source-build');
const OUTPUTS = { eventSource: path.join(OUT, 'event-source.js'), parser: path.join(OUT, 'sse-parser.js') };

async function build() {
  const { rollup } = require('rollup');
  const plugin = require('@rollup/plugin-typescript');
  const typescript = plugin.default || plugin;
  fs.rmSync(OUT, { recursive: true, force: true });
  const bundle = await rollup({
    // Two entries: the parser becomes a file of its own, with no import at all.
    input: { 'event-source': path.join(ROOT, 'lib/http/streams/event-source.ts'), 'sse-parser': path.join(ROOT, 'lib/http/streams/sse-parser.ts') },
    external: (id) => /^(node:)?(http|https|net|url|util|stream|events|buffer)(\/|$)/.test(id) || id === 'node-fetch',
    plugins: [typescript({
      tsconfig: path.join(ROOT, 'tsconfig.json'), declaration: false, outDir: undefined, rootDir: undefined, noEmitOnError: false,
    })],
    // Type errors are reported once, by `npm test`'s first step (package.json `typecheck`), not by every hook here.
    onwarn: () => undefined,
  });
  await bundle.write({ dir: OUT, format: 'cjs', exports: 'named', generatedCode: 'es2015', chunkFileNames: '[name].js' });
  await bundle.close();
}

let building;

/** { eventSource, parser }: paths of the two CommonJS bundles. */
function buildEventSource() {
  if (!building) {
    building = new Promise((resolve, reject) => {
      execFile(process.execPath, [__filename], { cwd: ROOT, timeout: 120000 }, (err, stdout, stderr) => {
        if (err) reject(new Error(`event-source build failed: ${stderr || err.message}`));
        else resolve(OUTPUTS);
      });
    });
  }
  return building;
}

/** The compiled event-source module, for tests running on the current Node. */
async function loadEventSource() {
  return require((await buildEventSource()).eventSource);
}

module.exports = { buildEventSource, loadEventSource };

if (require.main === module) {
  build().then(() => process.exit(0), (err) => {
    process.stderr.write(`${err && err.stack}\n`);
    process.exit(1);
  });
}
