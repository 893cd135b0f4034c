'use strict';
// Load: 5,000 concurrent calls (half callbacks, half promises), each settling
// once with its own result; and flat memory over 50,000 sequential calls,
// measured in a child (started with --expose-gc) against a server in this process.
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('..');
const { startFaultServer } = require('./helpers/fault-server');
const { runNode, describeRun } = require('./helpers/exit-check');

const MEMORY_FIXTURE = path.join(__dirname, 'fixtures', 'reliability', 'memory.js');
const MB = 1024 * 1024;

describe('load', function () {
  this.timeout(60000);
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());

  it('5,000 concurrent calls, half callbacks and half promises: each settles once with its own result', async () => {
    // No retries: a call that needed one would otherwise hide here.
    const client = createClient({ url: server.url, accessToken: 'load-token', retries: 0 });
    const N = 5000;
    const settlements = new Array(N).fill(0);
    const wrong = [];
    const record = (i, err, result) => {
      settlements[i] += 1;
      if (err || !result || result.id !== String(i)) wrong.push({ i, err: err && err.message, result });
    };
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
    // A grace period in which a second settlement would show.
    await new Promise((r) => setTimeout(r, 50));
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
