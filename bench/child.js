'use strict';
// One client, one workload, in a process of its own (so no client inherits
// another's JIT state, sockets or heap). Prints one JSON line on stdout.
// Usage: node child.js <clientId> <port> <get|patch> <concurrency> <requests> <warmup>
const { performance } = require('perf_hooks');
const { findClient } = require('./clients');
const { ORG_ID, PATCH } = require('./fixtures');

/** Throws unless the answer is the one the server sends: a fast wrong answer must not count. */
function checker(kind) {
  if (kind === 'get') {
    return (body) => {
      if (!body || body.id !== ORG_ID) throw new Error('GET answered something other than the organization');
    };
  }
  return (body) => {
    if (!body || body.name !== PATCH.name || body.description !== PATCH.description) {
      throw new Error('PATCH answer is not the echoed body');
    }
  };
}

/**
 * Runs `total` requests with `concurrency` in flight, recording each latency
 * (ms) in `latencies` when given. Resolves when all have answered.
 */
function drive(adapter, kind, total, concurrency, latencies) {
  const call = adapter[kind];
  const check = checker(kind);
  return new Promise((resolve, reject) => {
    let started = 0;
    let finished = 0;
    let failed = false;
    const settle = (index, t0, err, body) => {
      if (failed) return;
      try {
        if (err) throw err;
        check(body);
      } catch (error) {
        failed = true;
        reject(error);
        return;
      }
      if (latencies) latencies[index] = performance.now() - t0;
      finished++;
      if (started < total) launch();
      else if (finished === total) resolve();
    };
    const launch = () => {
      const index = started++;
      const t0 = performance.now();
      if (adapter.style === 'callback') {
        call((err, body) => settle(index, t0, err, body));
      } else {
        call().then((body) => settle(index, t0, null, body), (err) => settle(index, t0, err));
      }
    };
    for (let i = 0; i < Math.min(concurrency, total); i++) launch();
  });
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const [clientId, port, kind, concurrency, requests, warmup] = process.argv.slice(2);
  const spec = findClient(clientId);
  const create = require(spec.module.replace('./', './clients/'));
  const adapter = create(Object.assign({ port: Number(port), base: `http://127.0.0.1:${port}` }, spec.options));
  const total = Number(requests);
  const inFlight = Number(concurrency);

  await drive(adapter, kind, Number(warmup), inFlight);
  // Start the measured part with an empty young generation, the same for every client.
  if (global.gc) global.gc();
  const latencies = new Float64Array(total);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await drive(adapter, kind, total, inFlight, latencies);
  const elapsedMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);

  latencies.sort();
  const result = {
    client: clientId,
    requests: total,
    seconds: elapsedMs / 1000,
    rps: total / (elapsedMs / 1000),
    p50ms: percentile(latencies, 50),
    p99ms: percentile(latencies, 99),
    cpuUsPerReq: (cpu.user + cpu.system) / total,
    cpuSystemUsPerReq: cpu.system / total,
    maxRssMB: process.memoryUsage().rss / 1048576,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  // Keep-alive sockets and pools would hold some clients' processes open: end now.
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
