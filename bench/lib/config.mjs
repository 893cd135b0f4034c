/** Command-line options and the workloads, full or --quick. */

const HELP = `Usage: node bench/run.mjs [options]   (after npm run build)
  --quick              short smoke run (small counts, 1 round); writes to bench/results/tmp/
  --rounds N           interleaved rounds (default 3; 1 with --quick)
  --clients a,b        only these client ids (raw-http is always added: ratios need it)
  --workloads a,b      only these workloads (get-c1, get-c64, patch-c16)
  --skip-cold          do not measure cold load
  --skip-footprint     do not measure installed footprint (needs the npm registry)
  --skip-typecheck     do not measure the type-check cost of a TypeScript consumer
  --out DIR            where to write latest.json, chart.svg and PERFORMANCE.md (not the guide)
  --no-pin             do not pin the server and the clients to cores with taskset
  --render FILE        measure nothing: redraw the table, chart and performance guide from a results JSON
  --help`;

/**
 * c=1 runs long (tens of thousands of requests after warm-up) because V8 is
 * still optimising during the first few thousand; the ratios at c=1 move by
 * several percent otherwise.
 */
const FULL = [
  { id: 'get-c1', kind: 'get', concurrency: 1, requests: 20000, warmup: 5000 },
  { id: 'get-c64', kind: 'get', concurrency: 64, requests: 30000, warmup: 5000 },
  { id: 'patch-c16', kind: 'patch', concurrency: 16, requests: 10000, warmup: 3000 },
];
const QUICK = [
  { id: 'get-c1', kind: 'get', concurrency: 1, requests: 1000, warmup: 300 },
  { id: 'get-c64', kind: 'get', concurrency: 64, requests: 2000, warmup: 500 },
  { id: 'patch-c16', kind: 'patch', concurrency: 16, requests: 1000, warmup: 300 },
];

export function workloadTitle(w) {
  return `${w.kind.toUpperCase()} c=${w.concurrency}`;
}

export function parseArgs(argv) {
  const opts = { quick: false, rounds: undefined, clients: undefined, workloads: undefined, cold: true, footprint: true, typecheck: true, out: undefined, pin: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--quick') opts.quick = true;
    else if (arg === '--rounds') opts.rounds = Number(value());
    else if (arg === '--clients') opts.clients = value().split(',');
    else if (arg === '--workloads') opts.workloads = value().split(',');
    else if (arg === '--skip-cold') opts.cold = false;
    else if (arg === '--skip-footprint') opts.footprint = false;
    else if (arg === '--skip-typecheck') opts.typecheck = false;
    else if (arg === '--out') opts.out = value();
    else if (arg === '--no-pin') opts.pin = false;
    else if (arg === '--render') opts.render = value();
    else if (arg === '--help' || arg === '-h') opts.help = HELP;
    else throw new Error(`Unknown option ${arg}\n${HELP}`);
  }
  if (opts.rounds === undefined) opts.rounds = opts.quick ? 1 : 3;
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1) throw new Error('--rounds must be a positive integer');
  const all = opts.quick ? QUICK : FULL;
  opts.workloadList = opts.workloads ? opts.workloads.map((id) => {
    const w = all.find((x) => x.id === id);
    if (!w) throw new Error(`Unknown workload ${id}; known: ${all.map((x) => x.id).join(', ')}`);
    return w;
  }) : all;
  opts.coldRuns = opts.quick ? 5 : 25;
  opts.typecheckRuns = opts.quick ? 3 : 9;
  return opts;
}
