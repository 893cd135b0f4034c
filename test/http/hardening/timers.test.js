'use strict';
// Issue 14, item 6: no timer is ever given more than 2^31-1 ms, which Node
// turns into 1 ms (with a TimeoutOverflowWarning). `timeout: Infinity` means
// no timeout (as 0 does); a finite timeout above the limit is refused (see
// hardening-options); a Retry-After longer than a timer can wait fails at
// once even with `maxRetryAfter: Infinity`, instead of retrying after ~1 ms
// while onRetry reports the long delay.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

describe('hardening 6: timers never overflow', () => {
  let server;
  const warnings = [];
  const onWarning = (w) => warnings.push(w.name);
  before(async () => {
    server = await startFaultServer();
    process.on('warning', onWarning);
  });
  after(async () => {
    process.removeListener('warning', onWarning);
    await server.close();
  });
  beforeEach(() => {
    server.reset();
    warnings.length = 0;
  });

  for (const place of ['createClient', 'per call']) {
    it(`timeout: Infinity (${place}) means no timeout: an answer after 300 ms arrives, both styles`, async () => {
      const client = createClient(place === 'createClient' ? { url: server.url, timeout: Infinity } : { url: server.url });
      const opts = place === 'per call' ? { timeout: Infinity } : {};
      const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: '/f/slow?ms=300' }, opts, cb));
      expect(outcomes.map((o) => [o.style, o.calls, o.err && o.err.message, o.result])).to.deep.equal([
        ['callback', 1, null, { waited: 300 }], ['promise', 1, null, { waited: 300 }],
      ]);
      expect(warnings).to.not.include('TimeoutOverflowWarning');
    });
  }

  it('timeout: 2^31-1 (the largest a timer takes) is a real timeout, not an immediate one', async () => {
    const client = createClient({ url: server.url, timeout: 2 ** 31 - 1 });
    expect(await client.request({ method: 'GET', path: '/f/slow?ms=100' })).to.deep.equal({ waited: 100 });
    expect(warnings).to.not.include('TimeoutOverflowWarning');
  });

  for (const [label, value] of [['2 ** 31', 2 ** 31], ['3e9', 3e9]]) {
    it(`timeout: ${label} is refused before sending, instead of timing out at once`, async () => {
      const client = createClient({ url: server.url, timeout: value });
      const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: '/f/slow?ms=50' }, cb));
      expect(outcomes.map((o) => [o.calls, o.err.type, o.err.field])).to.deep.equal([[1, 'Validation', 'timeout'], [1, 'Validation', 'timeout']]);
      expect(server.hits).to.deep.equal({});
      expect(warnings).to.not.include('TimeoutOverflowWarning');
    });
  }

  it('Retry-After beyond 2^31 ms with maxRetryAfter: Infinity fails at once with the 429, onRetry never called (both styles)', async () => {
    const retried = [];
    const client = createClient({ url: server.url, maxRetryAfter: Infinity, onRetry: (info) => retried.push(info.delay) });
    // 3,000,000 s = 3e9 ms: readable, but longer than any timer can wait.
    const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: `/f/429-seconds?after=3000000&key=${Math.random()}` }, cb));
    expect(outcomes.map((o) => [o.style, o.calls, o.err && o.err.statusCode, o.err && o.err.type])).to.deep.equal([
      ['callback', 1, 429, 'TooManyRequests'], ['promise', 1, 429, 'TooManyRequests'],
    ]);
    expect(retried).to.deep.equal([]);
    expect(server.hits['429-seconds']).to.equal(2);
    expect(warnings).to.not.include('TimeoutOverflowWarning');
  });

  it('a Retry-After of exactly 2147 s (just under the limit) is still honoured by the retry ladder', async () => {
    const retried = [];
    const controller = new AbortController();
    const client = createClient({ url: server.url, maxRetryAfter: Infinity, onRetry: (info) => { retried.push(info.delay); controller.abort(); } });
    const err = await client.request({ method: 'GET', path: '/f/429-seconds?after=2147&key=under' }, { signal: controller.signal }).catch((e) => e);
    expect(retried).to.deep.equal([2147000]);
    expect(err.type).to.equal('Aborted');
  });
});
