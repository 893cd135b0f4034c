/**
 * `node bench/cost.mjs`: issue 23's start-up and size targets alone, without the throughput
 * rounds of run.mjs (a few minutes instead of ten): cold require + createClient (wall, CPU and
 * heap, against losant-rest 2.8.1), the packed package's unpacked size, and the type-check
 * cost of a strict consumer. `--compare DIR` adds the dist/ of another build to the same
 * interleaved spawns, for a before/after under the same load. Prints, and writes
 * results/tmp/cost.json (or --out). Timing, so never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCold } from './lib/cold.mjs';
import { pinning } from './lib/procs.mjs';
import { coldLines, typecheckLines } from './lib/report.mjs';
import { measureTypecheck } from './lib/typecheck.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const HELP = `Usage: node bench/cost.mjs [options]   (after npm run build)
  --runs N            cold-load spawns per target (default 25)
  --compare DIR       also measure the dist/ folder DIR (another build) in the same spawns
  --typecheck-runs N  tsc runs per program (default 9)
  --skip-typecheck    no type-check figures
  --no-pin            do not pin the spawned processes to core 1 with taskset
  --out FILE          where to write the JSON (default bench/results/tmp/cost.json)`;

function parse(argv) {
  const opts = { runs: 25, typecheckRuns: 9, typecheck: true, pin: true, out: join(BENCH, 'results', 'tmp', 'cost.json') };
  for (let i = 0; i < argv.length; i++) {
    const next = () => argv[++i];
    const arg = argv[i];
    if (arg === '--runs') opts.runs = Number(next());
    else if (arg === '--compare') opts.compare = resolve(next());
    else if (arg === '--typecheck-runs') opts.typecheckRuns = Number(next());
    else if (arg === '--skip-typecheck') opts.typecheck = false;
    else if (arg === '--no-pin') opts.pin = false;
    else if (arg === '--out') opts.out = resolve(next());
    else if (arg === '--help' || arg === '-h') opts.help = true;
    else throw new Error(`Unknown option ${arg}\n${HELP}`);
  }
  return opts;
}

/** What `npm pack` would publish: the tarball's size and what it unpacks to. */
function packed() {
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
  return { files: info.entryCount, packedKB: info.size / 1024, unpackedKB: info.unpackedSize / 1024 };
}

function main() {
  const opts = parse(process.argv.slice(2));
  if (opts.help) return console.log(HELP);
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first');
  const pin = pinning(opts.pin);
  const load = { before: loadavg() };
  const cold = measureCold(pin, opts.runs, opts.compare);
  load.afterCold = loadavg();
  const pack = packed();
  const typecheck = opts.typecheck ? measureTypecheck(join(BENCH, 'results', 'tmp', 'typecheck'), opts.typecheckRuns) : undefined;
  load.after = loadavg();
  const byId = (id) => cold.results.find((r) => r.id === id);
  const ratio = (key) => byId('losant-org-client')[key].median / byId('losant-rest')[key].median;
  const lines = [
    `pinning: ${pin.note}; load average (1, 5, 15 min) before ${load.before.map((x) => x.toFixed(2)).join(', ')}, after ${load.after.map((x) => x.toFixed(2)).join(', ')}`,
    ...coldLines(cold),
    `cold require + createClient vs losant-rest: CPU ${ratio('cpuMs').toFixed(2)}×, wall ${(byId('losant-org-client').ms / byId('losant-rest').ms).toFixed(2)}× (target ≤ 0.25×); heap ${ratio('heapKB').toFixed(2)}× (target ≤ 1×)`,
    `npm pack: ${pack.files} files, ${(pack.packedKB / 1024).toFixed(2)} MB packed, ${(pack.unpackedKB / 1024).toFixed(2)} MB unpacked (target ≤ 8 MB installed)`,
    ...(typecheck ? typecheckLines(typecheck) : []),
  ];
  console.log(lines.join('\n'));
  mkdirSync(join(opts.out, '..'), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify({ date: new Date().toISOString(), pinning: pin.note, load, cold, pack, typecheck }, null, 2)}\n`);
}

main();
