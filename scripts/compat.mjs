#!/usr/bin/env node
/**
 * `npm run test:compat`: proves the published artifact works where
 * package.json `engines` says it does. It packs the repo as `npm publish`
 * would, installs the tarball into a clean consumer folder, and on one pinned
 * release of every even Node major from 8 (cached under .cache/node/) runs
 * the consumer fixtures in test/compat/ against the packed emulator; then it
 * checks the tarball's contents and its types (attw). Prints a per-release
 * table; exits non-zero if any row or check fails.
 *
 * Options: --only=10,14    (a subset of majors, for development)
 *          --keep          (keep the temporary consumer folder)
 *          --install-only  (only fill the .cache/node/ and .cache/tools/ caches (old Nodes, nock,
 *                           the legacy test stack, old TypeScripts), e.g. before tests that use them)
 * See docs/compatibility.md.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkTypes, RESOLUTION_KINDS } from './compat/attw.mjs';
import { FIXTURES, runRow } from './compat/matrix.mjs';
import { ensureNodes } from './compat/nodes.mjs';
import { makeConsumer, packRepo } from './compat/pack.mjs';
import { formatTable, kib, seconds } from './compat/table.mjs';
import { ensureTools } from './compat/tools.mjs';
import { NODE_VERSIONS } from './compat/versions.mjs';

const repoDir = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cacheDir = join(repoDir, '.cache', 'node');
const fixtureDir = join(repoDir, 'test', 'compat');
const log = (message) => console.log(`compat: ${message}`);

function parseArgs(argv) {
  const options = { only: undefined, keep: false, installOnly: false };
  for (const arg of argv) {
    if (arg === '--keep') options.keep = true;
    else if (arg === '--install-only') options.installOnly = true;
    else if (arg.startsWith('--only=')) options.only = arg.slice('--only='.length).split(',').map(Number);
    else throw new Error(`unknown argument ${arg} (known: --only=10,14 --keep --install-only)`);
  }
  return options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const pins = options.only ? NODE_VERSIONS.filter((p) => options.only.indexOf(p.major) !== -1) : NODE_VERSIONS;
  const started = Date.now();
  if (options.installOnly) return installOnly(pins);
  const workDir = await mkdtemp(join(tmpdir(), 'losant-compat-'));
  const consumerDir = join(workDir, 'consumer');
  // The consumer must not be able to reach the repo's node_modules by walking up.
  if (!relative(repoDir, consumerDir).startsWith('..')) throw new Error(`temporary folder ${consumerDir} is inside the repo`);

  log(`Node releases: ${pins.map((p) => p.version).join(', ')} (cache ${relative(repoDir, cacheDir)}/)`);
  log('packing (runs prepare → build) and installing the tarball into a clean consumer');
  const [nodes, packed] = await Promise.all([
    ensureNodes(pins, cacheDir, log),
    packRepo(repoDir, workDir).then(async (p) => {
      await makeConsumer(p.tarball, consumerDir, fixtureDir, FIXTURES);
      return p;
    }),
  ]);
  const setupMs = Date.now() - started;
  for (const n of nodes) log(`node ${n.version}: ${n.status}${n.status === 'installed' ? ` in ${seconds(n.ms)}` : ''}`);

  // attw is CPU work in this process's child; it overlaps with the matrix, which mostly waits on children.
  const typesCheck = checkTypes(repoDir, packed.tarball);
  const rows = [];
  // With a file that package.json points at missing, every row would fail the same way: say it once.
  const broken = packed.problems.some((p) => p.startsWith('missing'));
  if (broken) log('the tarball lacks files package.json points at (see below): the Node matrix is not run');
  for (const node of broken ? [] : nodes) {
    const row = await runRow(node, consumerDir);
    log(`node ${row.version}: require ${row.require}, actions ${row.actions}, every action ${row.all}, emulator ${row.emulator}, import ${row.import}`);
    rows.push(row);
  }
  const types = await typesCheck;

  const failures = report(rows, packed, types);
  const engines = JSON.parse(await readFile(join(repoDir, 'package.json'), 'utf8')).engines || {};
  // `^pin` per major: the pinned release and later ones of its line (for the ended lines 10-18 the pin is the last).
  const tested = NODE_VERSIONS.map((p) => `^${p.version}`).join(' || ');
  log(`package.json engines.node: ${JSON.stringify(engines.node)}${engines.node === tested ? ' (exactly the tested range)' : `; the tested range is "${tested}"`}`);
  if (broken) failures.push('node matrix (not run)');
  const checks = (broken ? 1 : rows.length) + 2;
  log(`wall time ${seconds(Date.now() - started)} (setup: Node installs, pack and consumer install ${seconds(setupMs)})`);
  if (options.keep || failures.length) log(`consumer folder kept: ${consumerDir}`);
  else await rm(workDir, { recursive: true, force: true });
  // The plain closing line CI logs are read for.
  console.log(`compat: ${checks - failures.length} passed, ${failures.length} failed`);
  process.exitCode = failures.length ? 1 : 0;
}

async function installOnly(pins) {
  const [nodes, tools] = await Promise.all([ensureNodes(pins, cacheDir, log), ensureTools(repoDir, log)]);
  for (const n of nodes) log(`node ${n.version}: ${n.status}${n.detail ? ` (${n.detail})` : ''} → ${relative(repoDir, n.binary)}`);
  for (const t of tools) log(`tool ${t.name}: ${t.status}${t.detail ? ` (${t.detail})` : ''}${t.status === 'installed' ? ` in ${seconds(t.ms)}` : ''}`);
  if (nodes.some((n) => n.status === 'failed' || n.status === 'unpublished') || tools.some((t) => t.status === 'failed')) process.exitCode = 1;
}

/** Prints the tables; returns the names of the failed checks. */
function report(rows, packed, types) {
  const failures = [];
  console.log('\nNode matrix (require: CommonJS consumer, the 13 Org actions in callback and promise style;');
  console.log('every action: each action of the API in both styles, made on that Node, answered as documented;');
  console.log('emulator: the /emulator subpath and the losant-org-emulator command on that Node (Node 10+); import: ESM consumer)\n');
  console.log(formatTable(
    ['node', 'require', 'actions ok', 'every action', 'emulator', 'import', 'time', 'notes'],
    rows.map((r) => [r.version, r.require, r.actions, r.all, r.emulator, r.import, seconds(r.ms), r.notes.join(', ')]),
  ));
  for (const r of rows) {
    if (!r.ok) failures.push(`node ${r.version}`);
    for (const detail of r.details) console.log(`\n[node ${r.version}] ${detail}`);
  }

  console.log(`\nTarball ${basename(packed.tarball)}: ${kib(packed.size)} packed, ${kib(packed.unpackedSize)} unpacked, ${packed.files.length} files`);
  console.log(summarizeFiles(packed.files).map((line) => `  ${line}`).join('\n'));
  if (packed.problems.length) {
    failures.push('tarball contents');
    for (const problem of packed.problems) console.log(`  FAIL ${problem}`);
  } else {
    console.log('  contents ok: only package.json, docs, dist/, bin/ (and emulator/package.json); every file package.json references is present');
  }

  console.log('\nTypes of the tarball (@arethetypeswrong/cli, profile strict)\n');
  console.log(formatTable(['entry point', ...RESOLUTION_KINDS], types.rows.map((r) => [r.entrypoint, ...r.cells])));
  if (types.problems.length) {
    failures.push('types');
    for (const problem of types.problems) console.log(`  FAIL ${problem}`);
  } else {
    console.log('  no problems');
  }
  console.log('');
  return failures;
}

/** Files grouped by top-level folder: "dist/ (8 files)". */
function summarizeFiles(files) {
  const groups = {};
  for (const file of files) {
    const key = file.indexOf('/') === -1 ? file : `${file.split('/')[0]}/`;
    groups[key] = (groups[key] || 0) + 1;
  }
  const count = (n) => `${n} file${n === 1 ? '' : 's'}`;
  return Object.keys(groups).sort().map((key) => (key.endsWith('/') ? `${key} (${count(groups[key])})` : key));
}

main().catch((err) => {
  console.error(`compat: ${err && err.stack ? err.stack : err}`);
  console.log('compat: 0 passed, 1 failed');
  process.exitCode = 1;
});
