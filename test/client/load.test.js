'use strict';
// Load: up to 5,000 concurrent calls (half callbacks, half promises), each
// settling once with its own result; and flat memory over 50,000 sequential
// calls, measured in a child (started with --expose-gc) against a server in
// this process.
//
// Every concurrent call holds two descriptors here (the client's socket and
// the server's), so 5,000 need ~10,000: more than the common `ulimit -n 1024`.
// The concurrency is sized to the soft limit this process actually has, and
// the test says which it used.
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startFaultServer } = require('../helpers/fault-server');
const { runNode, describeRun } = require('../helpers/exit-check');
const { baseline, untilIdle } = require('../helpers/idle');

const MEMORY_FIXTURE = path.join(__dirname, '..', 'fixtures', 'reliability', 'memory.js');
const MB = 1024 * 1024;
const WANTED = 5000;
/** Descriptors left for everything else: mocha, the servers, stdio, node's own. */
const RESERVE = 200;

/** The soft limit on open files: from /proc on Linux, else from the shell's `ulimit -n`; undefined if unknown. */
function openFilesLimit() {
  try {
    const line = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((l) => l.startsWith('Max open files'));
    const soft = line && line.split(/\s{2,}/)[1];
    if (soft) return soft === 'unlimited' ? Infinity : Number(soft);
  } catch (_) {
    // Not Linux: ask the shell.
  }
  try {
    const out = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
    return out === 'unlimited' ? Infinity : Number(out) || undefined;
  } catch (_) {
    return undefined;
  }
}

/** Concurrent calls that fit in the limit (two descriptors each), at most WANTED. */
function concurrencyFor(limit) {
  if (limit === undefined) return 400; // fits in 1024, the most common default
  return Math.max(100, Math.min(WANTED, Math.floor((limit - RESERVE) / 2)));
}

describe('load', function () {
  this.timeout(60000);
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());

  const limit = openFilesLimit();
  const N = concurrencyFor(limit);
  it(`${N.toLocaleString('en-US')} concurrent calls (open-file limit ${limit === undefined ? 'unknown' : limit}), half callbacks and half promises: each settles once with its own result`, async () => {
    if (N < WANTED) console.log(`      ${N} concurrent calls, not ${WANTED}: the open-file limit is ${limit}, and each call holds two descriptors`);
    // No retries: a call that needed one would otherwise hide here.
    const client = createClient({ url: server.url, accessToken: 'load-token', retries: 0 });
    const settlements = new Array(N).fill(0);
    const wrong = [];
    const record = (i, err, result) => {
      settlements[i] += 1;
      if (err || !result || result.id !== String(i)) wrong.push({ i, err: err && err.message, result });
    };
    const before = await baseline();
    const pending = [];
    for (let i = 0; i < N; i++) {
      const req = { method: 'GET', path: `/f/ok?id=${i}` };
      if (i % 2 === 0) {
        pending.push(new Promise((resolve) => client.request(req, (err, result) => { record(i, err, result); resolve(); })));
      } else {
        pending.push(client.request(req).then((result) => record(i, null, result), (err) => record(i, err)));
      }
    }
    await Promise.all(pending);
    // Until nothing is left to do: a second settlement, however late, would show.
    await untilIdle(before);
    expect(wrong).to.deep.equal([]);
    expect(settlements.every((n) => n === 1)).to.equal(true);
    expect(server.hits.ok).to.equal(N);
  });

  it('memory stays flat over 50,000 sequential calls', async () => {
    const run = await runNode(['--expose-gc', MEMORY_FIXTURE, server.url, '50000'], { timeout: 50000 });
    expect(run.code, describeRun(run)).to.equal(0);
    const { count, ms, start, end } = JSON.parse(run.stdout);
    const mb = (n) => (n / MB).toFixed(1);
    console.log(`      ${count} calls in ${ms} ms: RSS ${mb(start.rss)} MB → ${mb(end.rss)} MB, heap ${mb(start.heapUsed)} MB → ${mb(end.heapUsed)} MB (after GC)`);
    expect(count).to.equal(50000);
    expect(end.rss - start.rss).to.be.below(50 * MB);
    // The heap is the sharper signal: a few hundred bytes kept per call would show here.
    expect(end.heapUsed - start.heapUsed).to.be.below(8 * MB);
  });
});
