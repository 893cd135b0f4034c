/**
 * `npm run bench`: this client against its peers and the limit (raw http), in
 * one run. Starts the loopback server, runs every client × workload in its own
 * process for N interleaved rounds (rotating the order), then cold load and
 * installed footprint; prints a table and writes results/latest.json,
 * results/chart.svg and the measured part of docs/guide/performance.md (a smoke
 * run writes a PERFORMANCE.md of its own instead). Never part of `npm test`: it times things.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, platform } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import registry from './clients/index.js';
import { parseArgs } from './lib/config.mjs';
import { pinning, startServer, runClient } from './lib/procs.mjs';
import { aggregate } from './lib/stats.mjs';
import { evaluateTargets } from './lib/targets.mjs';
import { markdownReport, spliceMeasured, textReport } from './lib/report.mjs';
import { svgChart } from './lib/chart.mjs';
import { measureCold } from './lib/cold.mjs';
import { measureFootprint } from './lib/footprint.mjs';
import { measureTypecheck } from './lib/typecheck.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(BENCH, '..');
const GUIDE = join(ROOT, 'docs', 'guide', 'performance.md');

function machine(loadBefore) {
  const after = loadavg();
  return {
    cpuModel: (cpus()[0] && cpus()[0].model.trim()) || 'unknown CPU',
    cores: cpus().length,
    node: process.version,
    os: `${platform()} ${release()}`,
    date: new Date().toISOString(),
    // Other work on the machine moves the figures; the load average says how much there was.
    loadavg1m: { before: loadBefore[0], after: after[0] },
    // 1, 5 and 15 minutes: the 1-minute figure alone misses a load that has just stopped or started.
    loadavg: { before: loadBefore, after },
  };
}

/** Which code was measured: the commit and a hash of the dist file itself (the tree may be dirty). */
function provenance(distFile) {
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', '--', 'lib'], { cwd: ROOT, encoding: 'utf8' });
  return {
    commit: git.status === 0 ? git.stdout.trim() : 'unknown',
    libDirty: dirty.status === 0 ? dirty.stdout.trim() !== '' : undefined,
    distSha256: createHash('sha256').update(readFileSync(distFile)).digest('hex').slice(0, 16),
  };
}

/**
 * The clients load a copy of dist/ taken now (run.mjs sets BENCH_DIST to its
 * index.js for every child; the resources' chunks load from beside it): on a
 * shared working tree, a rebuild during the run would otherwise break a run or
 * mix two builds in one table.
 */
function snapshotDist() {
  const dir = join(BENCH, 'results', 'tmp', `snapshot-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'dist'), dir, { recursive: true });
  process.env.BENCH_DIST = join(dir, 'index.js');
  return dir;
}

/** Round r starts the list r places further on, so no client always runs first or last. */
function rotate(list, by) {
  const k = by % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

async function runRounds(opts, pin, clientIds, roundLoad) {
  const server = await startServer(pin);
  const rounds = [];
  try {
    for (let r = 0; r < opts.rounds; r++) {
      const round = {};
      const loadBefore = loadavg()[0];
      for (const w of opts.workloadList) {
        round[w.id] = {};
        for (const id of rotate(clientIds, r)) {
          const res = await runClient(pin, server.port, id, w);
          round[w.id][id] = res;
          console.log(`round ${r + 1}/${opts.rounds} ${w.id.padEnd(9)} ${id.padEnd(21)} ${Math.round(res.rps).toString().padStart(6)} req/s  ${res.cpuUsPerReq.toFixed(1).padStart(6)} µs CPU/req`);
        }
      }
      rounds.push(round);
      roundLoad.push({ before: loadBefore, after: loadavg()[0] });
    }
  } finally {
    await server.stop();
  }
  return rounds;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) return console.log(opts.help);
  if (opts.render) return render(opts);
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
    console.error('bench: dist/index.js is missing. Run `npm run build` first (the benchmark measures the built package).');
    process.exitCode = 1;
    return;
  }
  const clientIds = registry.CLIENTS.map((c) => c.id)
    .filter((id) => !opts.clients || id === 'raw-http' || opts.clients.includes(id));
  const out = opts.out || (opts.quick ? join(BENCH, 'results', 'tmp') : join(BENCH, 'results'));
  const pin = pinning(opts.pin);
  console.log(`bench: ${clientIds.length} clients × ${opts.workloadList.length} workloads × ${opts.rounds} round(s); ${pin.note}`);

  const loadBefore = loadavg();
  const roundLoad = [];
  const snapshot = snapshotDist();
  let rounds;
  let cold;
  let code;
  try {
    code = provenance(process.env.BENCH_DIST);
    rounds = await runRounds(opts, pin, clientIds, roundLoad);
    cold = opts.cold ? measureCold(pin, opts.coldRuns) : undefined;
  } finally {
    rmSync(snapshot, { recursive: true, force: true });
  }
  let typecheck;
  if (opts.typecheck) typecheck = measureTypecheck(join(BENCH, 'results', 'tmp', 'typecheck'), opts.typecheckRuns);
  let footprint;
  if (opts.footprint) {
    try {
      footprint = measureFootprint(join(BENCH, 'results', 'tmp', 'footprint'));
    } catch (err) {
      console.error(`bench: footprint skipped (${err.message.split('\n')[0]})`);
    }
  }
  const workloadIds = opts.workloadList.map((w) => w.id);
  const result = {
    machine: machine(loadBefore),
    code,
    pinning: pin.note,
    quick: opts.quick,
    rounds: opts.rounds,
    // Each round's 1-minute load average before and after it: a round run under load shows here.
    roundLoad,
    workloads: opts.workloadList,
    clients: clientIds,
    stats: aggregate(rounds, workloadIds, clientIds),
    cold,
    footprint,
    typecheck,
    targets: evaluateTargets(rounds, opts.workloadList, clientIds, cold, footprint, typecheck),
    perRound: rounds,
  };
  console.log(textReport(result));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeOutputs(result, out, !(opts.out || opts.quick));
}

/** A published run writes the measured part of the performance guide; a smoke run (--quick, --out) a PERFORMANCE.md of its own. */
function writeOutputs(result, out, published) {
  writeFileSync(join(out, 'chart.svg'), svgChart(result));
  const md = published ? GUIDE : join(out, 'PERFORMANCE.md');
  const measured = markdownReport(result);
  writeFileSync(md, published ? spliceMeasured(readFileSync(GUIDE, 'utf8'), measured) : `# Performance\n\n${measured}`);
  console.log(`\nbench: wrote ${join(out, 'chart.svg')} and ${md}${existsSync(join(out, 'latest.json')) ? ` (figures: ${join(out, 'latest.json')})` : ''}`);
}

/** --render: the same outputs from figures already measured (after a change to the report's format, say). */
function render(opts) {
  const result = JSON.parse(readFileSync(opts.render, 'utf8'));
  const published = join(BENCH, 'results');
  const out = opts.out || published;
  console.log(textReport(result));
  writeOutputs(result, out, out === published);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
