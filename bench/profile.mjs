/**
 * `node bench/profile.mjs`: where a client's CPU time goes. Runs one workload
 * under --cpu-prof for the given clients (default: this client and bare
 * node-fetch, its ceiling) and prints self time by owner (this package,
 * node-fetch, node core, …) and the top frames. The .cpuprofile files are kept
 * in bench/results/tmp/profiles/ for DevTools.
 *
 *   node bench/profile.mjs [--workload get-c64] [--clients ours-promise,node-fetch] [--top 25]
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs as parseBenchArgs } from './lib/config.mjs';
import { pinning, startServer, runClient } from './lib/procs.mjs';
import { summarize, formatSummary } from './lib/profile-summary.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));

function parseArgs(argv) {
  const opts = { workload: 'get-c64', clients: ['ours-promise', 'node-fetch'], top: 25 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--workload') opts.workload = argv[++i];
    else if (argv[i] === '--clients') opts.clients = argv[++i].split(',');
    else if (argv[i] === '--top') opts.top = Number(argv[++i]);
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const workload = parseBenchArgs(['--workloads', opts.workload]).workloadList[0];
  const pin = pinning(true);
  const server = await startServer(pin);
  const out = {};
  try {
    for (const id of opts.clients) {
      const dir = join(BENCH, 'results', 'tmp', 'profiles', `${opts.workload}-${id}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const res = await runClient(pin, server.port, id, workload, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
      out[id] = { res, file: join(dir, readdirSync(dir)[0]) };
    }
  } finally {
    await server.stop();
  }
  for (const id of opts.clients) {
    const { res, file } = out[id];
    console.log(`\n== ${id}, ${opts.workload}: ${Math.round(res.rps)} req/s, ${res.cpuUsPerReq.toFixed(1)} µs CPU/req (profiled: slower than unprofiled)`);
    console.log(`   ${file}`);
    console.log(formatSummary(summarize(file, opts.top)));
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 1;
});
