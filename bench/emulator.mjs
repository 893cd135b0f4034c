#!/usr/bin/env node
/**
 * The emulator's speed against the limit, side by side in one run: the built
 * emulator (dist/emulator.js, default seed) and a raw `node:http` hello-world,
 * each in its own process on core 0, driven by the same load generator on
 * core 1 (raw `http.request`, one keep-alive agent):
 *  - get: `device.get` of one device, 32 requests in flight;
 *  - post: `devices.post`, a new device each time, 32 in flight (the emulator
 *    is reset to its seed before each run, so every round creates into the same state).
 * Rounds are interleaved (each round starts with the other server), and every
 * figure is a median with its min–max over rounds, the ratio emulator /
 * hello-world taken within each round. The machine's load average is kept
 * with the figures: on a shared machine, read them with it.
 *
 * `--compare DIR` adds a third server, the emulator of another build (a dist/
 * folder, e.g. of the commit before a change), measured in the same rounds.
 *
 *   node bench/emulator.mjs [--rounds 7] [--workloads get,post] [--compare DIR] [--out FILE.json]
 * Writes bench/results/emulator.json (or --out) and prints a Markdown table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spread } from './lib/stats.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const QUERY = '_actions=false&_links=true&_embedded=true';
const DEVICE = { name: 'Bench device', deviceClass: 'standalone', attributes: [{ name: 'temperature', dataType: 'number' }] };
const WORKLOADS = {
  get: { title: 'GET one device, c=32', method: 'GET', concurrency: 32, requests: 20000, warmup: 3000 },
  post: { title: 'POST create a device, c=32', method: 'POST', concurrency: 32, requests: 6000, warmup: 1000 },
};
function parseArgs(argv) {
  const opts = { rounds: 7, workloads: Object.keys(WORKLOADS), out: join(BENCH, 'results', 'emulator.json') };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') opts.rounds = Number(argv[++i]);
    else if (argv[i] === '--compare') opts.compare = argv[++i];
    else if (argv[i] === '--workloads') opts.workloads = argv[++i].split(',');
    else if (argv[i] === '--out') opts.out = argv[++i];
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new Error('--rounds must be a positive integer');
  for (const w of opts.workloads) if (!WORKLOADS[w]) throw new Error(`Unknown workload ${w}`);
  return opts;
}

/** `taskset -c N` where it works here, else unpinned. */
function pinned(core, args) {
  const ok = spawnSync('taskset', ['-c', String(core), process.execPath, '-e', '0']).status === 0;
  return ok ? ['taskset', ['-c', String(core), ...args]] : [args[0], args.slice(1)];
}

/** Starts a server process; resolves with what it printed and `command(line)`, answered by its next line. */
function startServer(kind, dist) {
  const [cmd, args] = pinned(0, [process.execPath, join(BENCH, 'emulator-server.js'), kind === 'hello' ? 'hello' : 'emulator', dist]);
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()(line));
  const next = () => new Promise((resolve) => waiting.push(resolve));
  return next().then((first) => ({
    ...JSON.parse(first),
    command(line) {
      child.stdin.write(`${line}\n`);
      return next();
    },
    stop: () => new Promise((done) => { child.once('exit', done); child.stdin.end(); }),
  }));
}

function drive(server, w, demo) {
  const path = `/applications/${demo.applicationId}/devices${w.method === 'GET' ? `/${demo.deviceId}` : ''}?${QUERY}`;
  const [cmd, args] = pinned(1, [process.execPath, join(BENCH, 'emulator-driver.js'), String(server.port), w.method, path, demo.token,
    String(w.concurrency), String(w.requests), String(w.warmup), ...(w.method === 'POST' ? [JSON.stringify(DEVICE)] : [])]);
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c) => { out += c; });
    child.once('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim())) : reject(new Error(`driver failed (code ${code})`))));
  });
}

const fmt = (s, digits = 0) => `${s.median.toFixed(digits)} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

function table(result) {
  const rows = [
    '| workload | server | req/s | / hello-world (same round) | p50 / p99 ms | server CPU µs per request |',
    '|---|---|---|---|---|---|',
  ];
  for (const id of Object.keys(result.stats)) {
    for (const kind of result.servers) {
      const s = result.stats[id][kind];
      rows.push(`| ${WORKLOADS[id].title} | ${kind} | ${fmt(s.rps)} | ${kind === 'hello' ? '1' : `**${fmt(s.ratio, 2)}**`} | `
        + `${s.p50ms.median.toFixed(1)} / ${s.p99ms.median.toFixed(1)} | ${fmt(s.serverCpuUs)} |`);
    }
  }
  return rows.join('\n');
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  // The emulator runs from a copy of dist/ taken now: a rebuild during the run changes nothing.
  const dist = join(BENCH, 'results', 'tmp', `emulator-dist-${process.pid}`);
  mkdirSync(dirname(dist), { recursive: true });
  cpSync(join(BENCH, '..', 'dist'), dist, { recursive: true });
  const load = [loadavg()[0]];
  const kinds = ['hello', 'emulator', ...(opts.compare ? ['baseline'] : [])];
  const servers = {};
  const rounds = [];
  try {
    for (const kind of kinds) servers[kind] = await startServer(kind, kind === 'baseline' ? opts.compare : dist);
    const demo = servers.emulator.demo;
    for (let r = 0; r < opts.rounds; r++) {
      const round = {};
      for (const id of opts.workloads) {
        round[id] = {};
        // Each round starts one server further on, so none always runs first.
        for (const kind of [...kinds.slice(r % kinds.length), ...kinds.slice(0, r % kinds.length)]) {
          await servers[kind].command('reset');
          const cpu0 = Number(await servers[kind].command('cpu'));
          round[id][kind] = await drive(servers[kind], WORKLOADS[id], demo);
          // The server's own CPU per request (warm-up included): steadier than req/s on a shared machine.
          const w = WORKLOADS[id];
          round[id][kind].serverCpuUs = (Number(await servers[kind].command('cpu')) - cpu0) / (w.requests + w.warmup);
          console.log(`round ${r + 1}/${opts.rounds} ${id.padEnd(4)} ${kind.padEnd(8)} ${Math.round(round[id][kind].rps).toString().padStart(6)} req/s`);
        }
      }
      load.push(loadavg()[0]);
      rounds.push(round);
    }
  } finally {
    await Promise.all(Object.keys(servers).map((k) => servers[k].stop()));
    rmSync(dist, { recursive: true, force: true });
  }
  const stats = {};
  for (const id of opts.workloads) {
    const of = (kind, m) => spread(rounds.map((r) => r[id][kind][m]));
    stats[id] = {};
    for (const kind of kinds) {
      stats[id][kind] = {
        rps: of(kind, 'rps'), ratio: spread(rounds.map((r) => r[id][kind].rps / r[id].hello.rps)),
        p50ms: of(kind, 'p50ms'), p99ms: of(kind, 'p99ms'), serverCpuUs: of(kind, 'serverCpuUs'),
      };
    }
  }
  const result = {
    date: new Date().toISOString(), node: process.version, cores: cpus().length, rounds: opts.rounds, servers: kinds, compare: opts.compare,
    loadavg1m: spread(load), workloads: opts.workloads.map((id) => ({ id, ...WORKLOADS[id] })), stats, perRound: rounds,
  };
  console.log(`\n${table(result)}\n\nmedian (min–max) of ${opts.rounds} rounds; load average (1 min) ${fmt(result.loadavg1m, 2)} on ${result.cores} cores`);
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`bench: wrote ${opts.out}`);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
