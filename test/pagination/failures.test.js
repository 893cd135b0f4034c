'use strict';
// Issue 25: how a walk ends early, against the emulator through the real wire: a page that
// fails mid-way (one settlement; the error says how far it got and carries what was read),
// the caller's signal and a timeout for the whole walk (not per page), `break` out of
// `for await` (no further request), and bad input (a Validation error, nothing sent).
const { expect } = require('chai');
const { isLosantError } = require('../..');
const { inBothStyles, settle } = require('../helpers/settle');
const { useWorld, appWithDevices, range, names, devicesPath } = require('./helpers/world');


/** A hand-rolled AbortSignal (works on every Node). */
function controller() {
  const listeners = [];
  const signal = {
    aborted: false,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) { const i = listeners.indexOf(fn); if (i >= 0) listeners.splice(i, 1); },
  };
  return { signal, listeners, abort() { signal.aborted = true; listeners.slice().forEach((fn) => fn()); } };
}

describe('pagination: a walk that ends early (issue 25)', function () {
  this.timeout(60000);
  const world = useWorld();

  it('a page failing mid-way: one rejection, saying how far it got, with the items read (promise and callback)', async () => {
    const { admin, client } = world;
    for (const style of ['promise', 'callback']) {
      const { applicationId } = await appWithDevices(admin, 12);
      let forwarded = 0;
      // The application goes before the third request: that page answers 404.
      world.forwarder.set({ before: async () => { if (++forwarded === 3) await admin.application.delete({ applicationId }); } });
      const outcome = await settle(style, (cb) => client.paginate(client.devices.get, { applicationId, perPage: 5 }, cb));
      const err = outcome.err;
      expect(outcome.calls).to.equal(1);
      expect(isLosantError(err), String(err)).to.equal(true);
      expect([err.statusCode, err.type, err.pagesRead, err.itemsRead]).to.deep.equal([404, 'NotFound', 2, 10]);
      expect(err.message).to.match(/^Reading every page of devices\.get stopped after 2 pages and 10 items: /);
      expect(err.message).to.contain(err.cause.message);
      expect(err.request.method).to.equal('GET');
      expect(names(err.partial)).to.deep.equal(range(0, 10));
      expect(Object.keys(err)).to.not.include('partial');
      world.forwarder.set({ before: null });
    }
  });

  it('a page failing mid-way in the iterator: the pages before were given, next() rejects once, then it is done', async () => {
    const { admin, client } = world;
    const { applicationId } = await appWithDevices(admin, 12);
    const iterator = client.paginate.iterator(client.devices.get, { applicationId, perPage: 5 });
    const first = await iterator.next();
    expect(names(first.value.items)).to.deep.equal(range(0, 5));
    await admin.application.delete({ applicationId });
    const err = await iterator.next().then(() => null, (e) => e);
    expect([err.statusCode, err.pagesRead, err.itemsRead, err.partial]).to.deep.equal([404, 1, 5, []]);
    expect(await iterator.next()).to.deep.equal({ done: true, value: undefined });
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(2);
  });

  it('the caller\'s signal stops the walk, the page in flight included, and nothing more is sent', async () => {
    const { admin, client } = world;
    const { applicationId } = await appWithDevices(admin, 12);
    const { signal, abort, listeners } = controller();
    let forwarded = 0;
    world.forwarder.set({ before: () => { if (++forwarded === 2) abort(); } });
    for (const outcome of await inBothStyles((cb) => client.paginate(client.devices.get, { applicationId, perPage: 5 }, { signal }, cb))) {
      expect(outcome.calls, outcome.style).to.equal(1);
      const err = outcome.err;
      expect([err.type, err.code, err.pagesRead], outcome.style).to.deep.equal(['Aborted', 'ABORT_ERR', outcome.style === 'callback' ? 1 : 0]);
      expect(names(err.partial)).to.deep.equal(outcome.style === 'callback' ? range(0, 5) : []);
    }
    // The second style started with the signal already aborted: it sent nothing.
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(2);
    expect(listeners).to.have.length(0);
    // With a timeout too, the caller's abort is still an abort, and no listener is left on the signal.
    const both = controller();
    forwarded = 0;
    world.forwarder.set({ before: () => { if (++forwarded === 3) both.abort(); } });
    const err = await client.paginate(client.devices.get, { applicationId, perPage: 5 }, { signal: both.signal, timeout: 60000 }).catch((e) => e);
    expect([err.type, err.pagesRead, err.itemsRead]).to.deep.equal(['Aborted', 2, 10]);
    expect(both.listeners).to.have.length(0);
  });

  it('the timeout is the deadline of the whole walk, not of each page', async () => {
    const { admin, client } = world;
    const { applicationId } = await appWithDevices(admin, 12);
    // Each page takes about 150 ms: far within a per-page timeout of 400 ms, but 12 pages are not.
    world.forwarder.set({ delay: 150 });
    for (const outcome of await inBothStyles((cb) => client.paginate(client.devices.get, { applicationId, perPage: 1 }, { timeout: 400 }, cb))) {
      expect(outcome.calls, outcome.style).to.equal(1);
      const err = outcome.err;
      expect([err.type, err.code], outcome.style).to.deep.equal(['Timeout', 'ETIMEDOUT']);
      expect(err.message).to.match(/the walk took longer than its timeout of 400 ms$/);
      expect(err.pagesRead).to.be.below(12);
      expect(err.partial).to.have.length(err.itemsRead);
    }
    // Given time for all of it, the same walk reads every page.
    expect(await client.paginate(client.devices.get, { applicationId, perPage: 4 }, { timeout: 20000 })).to.have.length(12);
  });

  it('break out of for await sends no further request', async () => {
    const { admin, client } = world;
    const { applicationId } = await appWithDevices(admin, 12);
    const read = [];
    for await (const page of client.paginate.iterator(client.devices.get, { applicationId, perPage: 5 })) {
      read.push(...page.items);
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(names(read)).to.deep.equal(range(0, 5));
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(1);
  });

  it('refuses what it cannot walk with a Validation error through the caller\'s channel, sending nothing', async () => {
    const { admin, client } = world;
    const { applicationId } = await appWithDevices(admin, 2);
    const bad = [
      [client.devices.post, { applicationId }, undefined, 'method', /client\.devices\.post does not read a list page by page/],
      [(p) => client.devices.get(p), { applicationId }, undefined, 'method', /must be a paged action of a client/],
      [client.devices.get, 'x', undefined, 'params', /must be an object/],
      [client.devices.get, { applicationId, page: -1 }, undefined, 'page', /whole number from 0/],
      [client.devices.get, { applicationId, perPage: 'ten' }, undefined, 'perPage', /whole number from 1/],
      [client.devices.get, { applicationId }, { maxItems: 0 }, 'maxItems', /whole number from 1/],
      [client.devices.get, { applicationId }, { maxPages: 1.5 }, 'maxPages', /whole number from 1/],
      [client.devices.get, { applicationId }, { timeout: -1 }, 'timeout', /milliseconds/],
      [client.devices.get, { applicationId }, 'fast', 'options', /must be an object/],
    ];
    for (const [method, params, options, field, why] of bad) {
      for (const outcome of await inBothStyles((cb) => client.paginate(method, params, options, cb))) {
        expect([outcome.calls, outcome.err && outcome.err.type, outcome.err && outcome.err.field], field).to.deep.equal([1, 'Validation', field]);
        expect(outcome.err.message).to.match(why);
      }
      const iterator = client.paginate.iterator(method, params, options);
      const err = await iterator.next().then(() => null, (e) => e);
      expect([err && err.type, err && err.field], field).to.deep.equal(['Validation', field]);
    }
    // A refused call option reaches the caller from the first page, which is not sent either.
    const refused = await client.paginate(client.devices.get, { applicationId }, { retries: -1 }).catch((e) => e);
    expect([refused.type, refused.field, refused.pagesRead]).to.deep.equal(['Validation', 'retries', 0]);
    expect(world.forwarder.requests).to.have.length(0);
  });
});
