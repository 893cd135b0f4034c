'use strict';
// The load generator of bench/emulator.mjs, a process of its own (core 1):
// raw `http.request` over one keep-alive agent, `concurrency` requests in
// flight, `warmup` requests first, then `requests` measured. Every answer's
// status is checked and its body parsed, the same for both servers. Prints
// one JSON line: requests/s, p50 and p99 latency (ms).
// Usage: node emulator-driver.js <port> <GET|POST> <path> <token> <concurrency> <requests> <warmup> [body JSON]
const http = require('http');
const { performance } = require('perf_hooks');

const [port, method, path, token, concurrency, requests, warmup, body] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(concurrency) });
const payload = body ? Buffer.from(body) : undefined;
const headers = { Accept: 'application/json', Authorization: `Bearer ${token}` };
if (payload) Object.assign(headers, { 'Content-Type': 'application/json', 'Content-Length': payload.length });
const expected = method === 'POST' ? 201 : 200;

function once() {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: Number(port), method, path, headers, agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== expected) return reject(new Error(`${method} ${path} answered ${res.statusCode}: ${text.slice(0, 300)}`));
        JSON.parse(text);
        return resolve();
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** `total` requests, `inFlight` at a time; each latency (ms) into `latencies` when given. */
function drive(total, inFlight, latencies) {
  return new Promise((resolve, reject) => {
    let started = 0;
    let finished = 0;
    const launch = () => {
      const index = started++;
      const t0 = performance.now();
      once().then(() => {
        if (latencies) latencies[index] = performance.now() - t0;
        finished++;
        if (started < total) launch();
        else if (finished === total) resolve();
      }, reject);
    };
    for (let i = 0; i < Math.min(inFlight, total); i++) launch();
  });
}

async function main() {
  const total = Number(requests);
  await drive(Number(warmup), Number(concurrency));
  const latencies = new Float64Array(total);
  const t0 = performance.now();
  await drive(total, Number(concurrency), latencies);
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort();
  const at = (p) => latencies[Math.min(total - 1, Math.ceil(p * total) - 1)];
  process.stdout.write(`${JSON.stringify({ rps: total / seconds, p50ms: at(0.5), p99ms: at(0.99) })}\n`);
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
