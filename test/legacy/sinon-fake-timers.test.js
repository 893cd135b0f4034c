'use strict';
// Calls under the current sinon's fake timers, over real loopback HTTP. Since
// sinon 19 a bare useFakeTimers() also fakes process.nextTick and queueMicrotask,
// on which Node's own http runs (a plain http.get never completes then), so a
// test that does I/O keeps those two real; everything else is fake. The legacy
// default (sinon 9, no arguments) is covered by test/legacy/nock.test.js.
// A call with nothing to wait for completes without a tick; the client's own
// timers (timeout, retry waits) run on the test's clock.
const http = require('http');
const { expect } = require('chai');
const sinon = require('sinon');
const { createClient } = require('../..');

const realSetTimeout = setTimeout;
const realWait = (ms) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('calls under sinon fake timers (nextTick and queueMicrotask real)', () => {
  let server;
  let url;
  const hanging = [];
  before(async () => {
    server = http.createServer((req, res) => {
      if (req.url.startsWith('/hang')) return hanging.push(res);
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ path: req.url }));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    hanging.forEach((res) => res.destroy());
    return new Promise((resolve) => server.close(resolve));
  });

  let clock;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toNotFake: ['nextTick', 'queueMicrotask'] });
  });
  afterEach(() => clock.restore());

  it('fakes setTimeout, setImmediate and Date (the test really runs on a fake clock)', () => {
    expect(Date.now()).to.equal(0);
    expect(clock.methods).to.include.members(['setTimeout', 'setImmediate', 'Date']);
  });

  it('a call completes with no clock tick, in callback and in promise style', async () => {
    const client = createClient({ url, accessToken: 'tok' });
    const viaPromise = await client.request({ method: 'GET', path: '/p' });
    const viaCallback = await new Promise((resolve, reject) => {
      const returned = client.request({ method: 'GET', path: '/c' }, (err, result) => (err ? reject(err) : resolve(result)));
      expect(returned).to.equal(undefined);
    });
    expect([viaPromise, viaCallback]).to.deep.equal([{ path: '/p' }, { path: '/c' }]);
    expect(clock.now).to.equal(0);
  });

  it('the timeout runs on the test\'s clock: ETIMEDOUT when the clock reaches it, not before', async () => {
    const client = createClient({ url, retries: 0, timeout: 5000 });
    let outcome;
    client.request({ method: 'GET', path: '/hang' }).then((v) => { outcome = { v }; }, (e) => { outcome = { e }; });
    while (hanging.length === 0) await realWait(5);
    clock.tick(4999);
    await realWait(20);
    expect(outcome).to.equal(undefined);
    clock.tick(1);
    await realWait(20);
    expect(outcome && outcome.e && outcome.e.code).to.equal('ETIMEDOUT');
  });
});
