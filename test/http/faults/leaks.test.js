'use strict';
// Neither a timeout nor an abort (nor an abort while waiting to retry) may leave
// a timer armed or a connection open: the server sees the hung connection
// closed, and every timer set during the call has fired or been cleared.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');

describe('faults: no leaks, a timed-out or aborted call releases its socket and its timer', () => {
  let server;
  let client;
  before(async () => {
    server = await startFaultServer();
    client = createClient({ url: server.url, accessToken: 'leak-check-token', retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  // Tracks the timers set during `run` that have neither fired nor been cleared. (The
  // server lives in this process too, so counting all active timers would not do.)
  async function pendingTimersAfter(run) {
    const realSet = global.setTimeout;
    const realClear = global.clearTimeout;
    const live = new Set();
    global.setTimeout = function trackedSetTimeout(fn, ms, ...args) {
      const timer = realSet(function fired() { live.delete(timer); return fn.apply(this, arguments); }, ms, ...args);
      live.add(timer);
      return timer;
    };
    global.clearTimeout = function trackedClearTimeout(timer) { live.delete(timer); return realClear(timer); };
    try {
      await run();
    } finally {
      global.setTimeout = realSet;
      global.clearTimeout = realClear;
    }
    return live.size;
  }
  const closed = (socket) => new Promise((resolve, reject) => {
    if (socket.destroyed) return resolve();
    const bound = setTimeout(() => reject(new Error('the client did not close the socket within 2 s')), 2000);
    return socket.once('close', () => { clearTimeout(bound); resolve(); });
  });

  for (const how of ['timeout', 'abort']) {
    it(`${how}: the connection is closed and no timer is left behind`, async () => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const opts = how === 'timeout' ? { timeout: 100 } : { signal: controller.signal, timeout: 60000 };
      let err;
      const left = await pendingTimersAfter(async () => {
        err = await client.request({ method: 'GET', path: '/f/hang' }, opts).catch((e) => e);
      });
      expect(err.code).to.equal(how === 'timeout' ? 'ETIMEDOUT' : 'ABORT_ERR');
      expect(left).to.equal(0);
      expect(server.hung).to.have.length(1);
      await closed(server.hung[0]);
    });
  }

  it('a successful call with a long timeout leaves no timer behind', async () => {
    const left = await pendingTimersAfter(() => client.request({ method: 'GET', path: '/f/ok' }, { timeout: 60000 }));
    expect(left).to.equal(0);
  });

  it('an aborted wait between retries leaves no timer behind', async () => {
    const controller = new AbortController();
    // Aborted once the wait has begun, so the wait's own timer must be cleared.
    const retrying = createClient({ url: server.url, onRetry: () => setImmediate(() => controller.abort()) });
    let err;
    const left = await pendingTimersAfter(async () => {
      err = await retrying.request({ method: 'GET', path: '/f/empty-503' }, { signal: controller.signal }).catch((e) => e);
    });
    expect(err.code).to.equal('ABORT_ERR');
    expect(left).to.equal(0);
  });
});
