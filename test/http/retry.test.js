'use strict';
// The retry ladder, over real HTTP with sinon fake timers: only setTimeout,
// clearTimeout and Date are faked, so sockets keep real I/O while the waits
// between attempts are jumped over and measured exactly.
const { expect } = require('chai');
const sinon = require('sinon');
const { createClient } = require('../..');
const { startFaultServer, closedPort } = require('../helpers/fault-server');

const TOKEN = 'retry-suite-token';
// A whole second, so that an HTTP-date Retry-After (one-second resolution) is exact.
const NOW = Date.UTC(2024, 0, 2, 3, 4, 5);

describe('retries (fake timers)', () => {
  let server;
  let refusedUrl;
  let clock;
  let retries;

  before(async () => {
    server = await startFaultServer();
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
  });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    retries = [];
    clock = sinon.useFakeTimers({ now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    clock.restore();
    sinon.restore();
  });

  function makeClient(options) {
    return createClient(Object.assign({ url: server.url, accessToken: TOKEN, onRetry: (info) => retries.push(info) }, options));
  }

  /**
   * Settles `promise` while moving the fake clock: when a timer is pending it
   * jumps to it; otherwise it yields (setImmediate is real) so I/O can happen.
   */
  async function drive(promise) {
    const start = clock.now;
    let outcome;
    promise.then((value) => { outcome = { value }; }, (error) => { outcome = { error }; });
    while (!outcome) {
      if (clock.countTimers() > 0) await clock.nextAsync();
      else await new Promise((r) => setImmediate(r));
    }
    return Object.assign({ elapsed: clock.now - start }, outcome);
  }

  const summary = () => retries.map((r) => ({ attempt: r.attempt, delay: r.delay, method: r.method, status: r.error.statusCode, code: r.error.code }));

  it('GET on 503 twice then 200: three requests, onRetry twice with the waited delays', async () => {
    sinon.stub(Math, 'random').returns(0.5);
    const { value, elapsed } = await drive(makeClient().request({ method: 'GET', path: '/f/flaky?key=get' }));
    expect(value).to.deep.equal({ attempts: 3 });
    expect(server.hits.flaky).to.equal(3);
    // Attempt n waits within [c/2, c] where c = 100 ms * 2^(n-1); random 0.5 → 3c/4.
    expect(summary()).to.deep.equal([
      { attempt: 1, delay: 75, method: 'GET', status: 503, code: undefined },
      { attempt: 2, delay: 150, method: 'GET', status: 503, code: undefined },
    ]);
    expect(retries[0].url).to.equal(`${server.url}/f/flaky?key=get`);
    expect(elapsed).to.equal(225);
  });

  it('GET is retried on 429 (without Retry-After), 502, 503 and 504, and on no other status', async () => {
    const hitsFor = async (code) => {
      server.reset();
      const { error } = await drive(makeClient({ retries: 1 }).request({ method: 'GET', path: `/f/status?code=${code}` }));
      expect(error.statusCode).to.equal(code);
      return server.hits.status;
    };
    for (const code of [429, 502, 503, 504]) expect(await hitsFor(code), String(code)).to.equal(2);
    for (const code of [400, 401, 403, 404, 409, 413, 500, 501]) expect(await hitsFor(code), String(code)).to.equal(1);
  });

  it('POST on 503 is not retried (it may not be idempotent)', async () => {
    const { error, elapsed } = await drive(makeClient().request({ method: 'POST', path: '/f/flaky?key=post', body: {} }));
    expect(error.statusCode).to.equal(503);
    expect(server.hits.flaky).to.equal(1);
    expect(retries).to.deep.equal([]);
    expect(elapsed).to.equal(0);
  });

  it('POST on 503 is retried with retryAllMethods: true', async () => {
    const { value } = await drive(makeClient({ retryAllMethods: true }).request({ method: 'POST', path: '/f/flaky?key=all', body: {} }));
    expect(value).to.deep.equal({ attempts: 3 });
    expect(server.hits.flaky).to.equal(3);
    expect(retries.map((r) => r.method)).to.deep.equal(['POST', 'POST']);
  });

  it('POST on a refused connection is retried (the request never reached a server)', async () => {
    const { error } = await drive(makeClient({ url: refusedUrl }).request({ method: 'POST', path: '/orgs', body: {} }));
    expect(error.code).to.equal('ECONNREFUSED');
    expect(summary().map((r) => [r.attempt, r.method, r.code])).to.deep.equal([[1, 'POST', 'ECONNREFUSED'], [2, 'POST', 'ECONNREFUSED']]);
  });

  it('PATCH on a connection reset is not retried (the server may have acted); GET is', async () => {
    const patch = await drive(makeClient().request({ method: 'PATCH', path: '/f/hangup', body: {} }));
    expect(patch.error.code).to.equal('ECONNRESET');
    expect(server.hits.hangup).to.equal(1);
    const get = await drive(makeClient().request({ method: 'GET', path: '/f/hangup' }));
    expect(get.error.code).to.equal('ECONNRESET');
    expect(server.hits.hangup).to.equal(1 + 3);
    expect(retries).to.have.length(2);
  });

  it('GET whose body is cut off mid-way is retried (a network error); POST is not', async () => {
    const get = await drive(makeClient().request({ method: 'GET', path: '/f/truncated' }));
    expect(get.error.code).to.equal('ERR_STREAM_PREMATURE_CLOSE');
    expect(server.hits.truncated).to.equal(3);
    const post = await drive(makeClient().request({ method: 'POST', path: '/f/truncated', body: {} }));
    expect(post.error.code).to.equal('ERR_STREAM_PREMATURE_CLOSE');
    expect(server.hits.truncated).to.equal(3 + 1);
  });

  it('Retry-After in seconds is waited exactly', async () => {
    const { value, elapsed } = await drive(makeClient().request({ method: 'GET', path: '/f/429-seconds?key=s&after=3' }));
    expect(value).to.deep.equal({ attempts: 2 });
    expect(summary()).to.deep.equal([{ attempt: 1, delay: 3000, method: 'GET', status: 429, code: undefined }]);
    expect(elapsed).to.equal(3000);
  });

  it('Retry-After as an HTTP date is waited exactly', async () => {
    const { value, elapsed } = await drive(makeClient().request({ method: 'GET', path: '/f/429-date?key=d&after=7' }));
    expect(value).to.deep.equal({ attempts: 2 });
    expect(summary()).to.deep.equal([{ attempt: 1, delay: 7000, method: 'GET', status: 429, code: undefined }]);
    expect(elapsed).to.equal(7000);
  });

  it('Retry-After above maxRetryAfter fails at once', async () => {
    const { error, elapsed } = await drive(makeClient({ maxRetryAfter: 10000 }).request({ method: 'GET', path: '/f/429-seconds?key=m&after=11' }));
    expect({ statusCode: error.statusCode, type: error.type, message: error.message }).to.deep.equal({ statusCode: 429, type: 'TooManyRequests', message: 'Slow down' });
    expect(server.hits['429-seconds']).to.equal(1);
    expect(retries).to.deep.equal([]);
    expect(elapsed).to.equal(0);
  });

  it('backoff grows exponentially within its jitter band, up to its cap', async () => {
    const random = sinon.stub(Math, 'random').returns(0);
    const low = await drive(makeClient({ retries: 9 }).request({ method: 'GET', path: '/f/flaky?key=low&fail=9' }));
    expect(low.value).to.deep.equal({ attempts: 10 });
    const ceilings = [100, 200, 400, 800, 1600, 3200, 6400, 10000, 10000];
    expect(retries.map((r) => r.delay)).to.deep.equal(ceilings.map((c) => c / 2));
    retries = [];
    random.returns(0.999999);
    await drive(makeClient({ retries: 9 }).request({ method: 'GET', path: '/f/flaky?key=high&fail=9' }));
    expect(retries.map((r) => r.delay)).to.deep.equal(ceilings);
  });

  it('retries: 0 means one attempt only', async () => {
    const { error } = await drive(makeClient({ retries: 0 }).request({ method: 'GET', path: '/f/flaky?key=zero' }));
    expect(error.statusCode).to.equal(503);
    expect(server.hits.flaky).to.equal(1);
    expect(retries).to.deep.equal([]);
  });

  it('a timeout is final, not retried', async () => {
    const { error } = await drive(makeClient({ timeout: 5000 }).request({ method: 'GET', path: '/f/hang' }));
    expect(error.code).to.equal('ETIMEDOUT');
    expect(server.hits.hang).to.equal(1);
    expect(retries).to.deep.equal([]);
  });

  it('the caller\'s signal ends the wait between attempts at once', async () => {
    const controller = new AbortController();
    const client = makeClient({ onRetry: () => setImmediate(() => controller.abort()) });
    const pending = client.request({ method: 'GET', path: '/f/429-seconds?key=abort&after=30' }, { signal: controller.signal });
    let outcome;
    pending.catch((error) => { outcome = error; });
    while (!outcome) await new Promise((r) => setImmediate(r));
    expect({ type: outcome.type, code: outcome.code }).to.deep.equal({ type: 'Aborted', code: 'ABORT_ERR' });
    expect(clock.now).to.equal(NOW);
    expect(clock.countTimers()).to.equal(0);
  });
});
