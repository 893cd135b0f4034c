'use strict';
// The six callback-or-promise rules users rely on, each with its own test.
// "Once" and "nothing sent" are checked when the process has nothing left to
// do (helpers/idle.js), not after a fixed grace period.
const { expect } = require('chai');
const sinon = require('sinon');
const { createClient } = require('../..');
const { startRecorder } = require('../helpers/recorder');
const { baseline, untilIdle } = require('../helpers/idle');
const { closedPort } = require('../helpers/loopback');

const ORG = '575ed6e87ae143cd83dc4aa8';

describe('dual mode: callback or promise', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ url: server.url, accessToken: 't' });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  /**
   * Makes the call with a callback that throws, and reports, once nothing is
   * left to do, how often the callback ran and where its exception went: an
   * uncaught exception (right), an unhandled rejection (it ran inside the
   * promise chain), or nowhere (swallowed).
   */
  async function callbackThrows(call) {
    const before = await baseline();
    const mochaHandlers = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    const uncaught = [];
    const unhandled = [];
    const onUncaught = (err) => uncaught.push(err.message);
    const onUnhandled = (reason) => unhandled.push(reason);
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUnhandled);
    const cb = sinon.spy(() => { throw new Error('thrown by the caller'); });
    try {
      call(cb);
      await untilIdle(before);
    } finally {
      process.removeListener('uncaughtException', onUncaught);
      process.removeListener('unhandledRejection', onUnhandled);
      mochaHandlers.forEach((h) => process.on('uncaughtException', h));
    }
    return { calls: cb.callCount, err: cb.callCount ? cb.firstCall.args[0] : undefined, uncaught, unhandled: unhandled.length };
  }

  describe('1. a function as the last argument is called back and the action returns undefined', () => {
    for (const [label, call] of [
      ['(params, cb)', (cb) => client.org.get({ orgId: ORG }, cb)],
      ['(params, opts, cb)', (cb) => client.org.get({ orgId: ORG }, { timeout: 5000 }, cb)],
      ['(params, undefined, cb)', (cb) => client.org.get({ orgId: ORG }, undefined, cb)],
      ['(params, null, cb)', (cb) => client.org.get({ orgId: ORG }, null, cb)],
    ]) {
      it(label, (done) => {
        const returned = call((err, result) => {
          expect(err).to.equal(null);
          expect(result).to.deep.equal({ ok: true });
          expect(returned).to.equal(undefined);
          done();
        });
      });
    }

    it('(cb) alone is a callback too: the missing params arrive as its error', (done) => {
      const returned = client.org.get((err) => {
        expect(returned).to.equal(undefined);
        expect(err.type).to.equal('Validation');
        expect(err.message).to.equal('params must be an object');
        done();
      });
    });

    it('without a callback the action returns a native Promise', async () => {
      const p = client.org.get({ orgId: ORG });
      expect(p).to.be.instanceOf(Promise);
      expect(await p).to.deep.equal({ ok: true });
    });
  });

  describe('2. the callback is called once, asynchronously, outside the promise chain', () => {
    it('is never called synchronously, even for argument errors', () => {
      const cb = sinon.spy();
      client.org.get(null, cb);
      client.org.get({ orgId: ORG }, cb);
      expect(cb.called).to.equal(false);
    });

    const throwing = {
      'the success path': (cb) => client.org.get({ orgId: ORG }, cb),
      'the error path, an API error': (cb) => {
        server.reply(() => ({ status: 404, body: { type: 'NotFound', message: 'gone' } }));
        client.org.get({ orgId: ORG }, cb);
      },
      'the error path, a validation error': (cb) => client.org.get({}, cb),
      'the error path, a transport error': (cb) => client.org.get({ orgId: ORG }, { url: server.url.replace(/:\d+$/, `:${closedPortNumber}`), retries: 0 }, cb),
    };
    let closedPortNumber;
    before(async () => { closedPortNumber = await closedPort(); });
    for (const label of Object.keys(throwing)) {
      it(`on ${label}, an exception thrown in the callback is an uncaught exception: not swallowed, not a rejection, not a second call`, async () => {
        const outcome = await callbackThrows(throwing[label]);
        expect({ calls: outcome.calls, uncaught: outcome.uncaught, unhandled: outcome.unhandled })
          .to.deep.equal({ calls: 1, uncaught: ['thrown by the caller'], unhandled: 0 });
      });
    }

    it('sequential callback calls are not slowed by timer clamping (delivery uses nextTick)', (done) => {
      const nextTick = sinon.spy(process, 'nextTick');
      client.org.get({ orgId: ORG }, (err) => {
        const used = nextTick.getCalls().some((c) => typeof c.args[0] === 'function' && c.args[1] === null);
        nextTick.restore();
        expect(err).to.equal(null);
        expect(used).to.equal(true);
        done();
      });
    });
  });

  describe('3. passing a callback never leaves an unhandled rejection', () => {
    it('for an API error, a validation error and a refused connection', async () => {
      const unhandled = sinon.spy();
      process.on('unhandledRejection', unhandled);
      server.reply(() => ({ status: 500, body: { type: 'Boom', message: 'boom' } }));
      const refused = createClient({ url: `http://127.0.0.1:${await closedPort()}`, retries: 0 });
      const errs = await Promise.all([
        new Promise((r) => client.org.get({ orgId: ORG }, r)),
        new Promise((r) => client.org.get({}, r)),
        new Promise((r) => refused.org.get({ orgId: ORG }, r)),
      ]);
      // Node reports an unhandled rejection once the microtasks of a turn have run: one turn is enough.
      await new Promise((r) => setImmediate(r));
      process.removeListener('unhandledRejection', unhandled);
      expect(errs.map((e) => e.type)).to.deep.equal(['Boom', 'Validation', 'Network']);
      expect(unhandled.called).to.equal(false);
    });
  });

  describe('4. a falsy rejection reaches the caller wrapped in an Error', () => {
    for (const reason of [undefined, null, 0, '']) {
      it(`fetch rejecting with ${JSON.stringify(reason)}: both styles get an Error`, async () => {
        const fetch = () => Promise.reject(reason);
        const falsy = createClient({ url: server.url, fetch, retries: 0 });
        const viaPromise = await falsy.org.get({ orgId: ORG }).then(() => null, (e) => e);
        const viaCb = await new Promise((r) => falsy.org.get({ orgId: ORG }, (e) => r(e)));
        for (const e of [viaPromise, viaCb]) {
          expect(e).to.be.instanceOf(Error);
          expect(e.message).to.be.a('string').and.not.equal('');
        }
      });
    }
  });

  describe('4b. dual() itself turns a falsy rejection into an Error for the callback', () => {
    // The HTTP layer wraps what fetch rejects with, so the test above never reaches dual()'s own
    // wrapping. An onRetry hook's exception ends the call as it is: a falsy one reaches dual() raw.
    for (const reason of [undefined, null, 0, '', false]) {
      it(`onRetry throwing ${JSON.stringify(reason)}: the callback gets an Error, the promise the value thrown`, async () => {
        server.reply(() => ({ status: 503, body: '' }));
        const opts = { retries: 1, onRetry: () => { throw reason; } };
        const viaCb = await new Promise((r) => client.org.get({ orgId: ORG }, opts, (e, result) => r({ e, result })));
        expect(viaCb.e).to.be.instanceOf(Error);
        expect({ name: viaCb.e.name, code: viaCb.e.code, message: viaCb.e.message }).to.deep.equal({
          name: 'LosantError', code: 'ERR_FALSY_VALUE_REJECTION', message: 'Promise was rejected with a falsy value',
        });
        expect(viaCb.e.reason).to.equal(reason);
        const viaPromise = await client.org.get({ orgId: ORG }, opts).then(() => 'resolved', (e) => ({ rejectedWith: e }));
        expect(viaPromise).to.deep.equal({ rejectedWith: reason });
      });
    }
  });

  describe('5. `this` does not matter', () => {
    it('an extracted method works in both styles', async () => {
      const { get } = client.org;
      expect(await get({ orgId: ORG })).to.deep.equal({ ok: true });
      const viaCb = await new Promise((r) => get({ orgId: ORG }, (err, result) => r({ err, result })));
      expect(viaCb).to.deep.equal({ err: null, result: { ok: true } });
      const request = client.request;
      expect(await request({ method: 'GET', path: '/x' })).to.deep.equal({ ok: true });
    });
  });

  describe('6. argument mistakes go through the caller\'s channel, and nothing is sent', () => {
    const mistakes = [
      ['params not an object', (...a) => client.org.get('575ed6e87ae143cd83dc4aa8', ...a), 'params must be an object'],
      ['params null', (...a) => client.org.get(null, ...a), 'params must be an object'],
      ['required param missing', (...a) => client.org.get({}, ...a), 'orgId is required'],
      ['options not an object', (...a) => client.org.get({ orgId: ORG }, 'fast', ...a), 'options must be an object'],
    ];
    for (const [label, call, message] of mistakes) {
      it(`${label}: rejection`, async () => {
        const before = await baseline();
        let threw = false;
        let p;
        try { p = call(); } catch (e) { threw = true; }
        expect(threw).to.equal(false);
        const err = await p.then(() => null, (e) => e);
        expect(err.message).to.equal(message);
        expect(err.type).to.equal('Validation');
        // A request sent late would land now, in this test, not in the next one.
        await untilIdle(before);
        expect(server.requests).to.have.length(0);
      });
      it(`${label}: callback error`, async () => {
        const before = await baseline();
        const err = await new Promise((r) => call(r));
        expect(err.message).to.equal(message);
        await untilIdle(before);
        expect(server.requests).to.have.length(0);
      });
    }

    it('a truthy non-function where the callback goes: rejection, nothing sent', async () => {
      const before = await baseline();
      let p;
      expect(() => { p = client.org.get({ orgId: ORG }, {}, 'not a function'); }).to.not.throw();
      const err = await p.then(() => null, (e) => e);
      expect(err.message).to.equal('callback must be a function');
      await untilIdle(before);
      expect(server.requests).to.have.length(0);
    });
  });
});
