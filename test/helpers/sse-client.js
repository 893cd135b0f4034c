'use strict';
// The client side of the event-source tests: `connect` functions over real
// transports (node-fetch, whose body is a Node Readable; plain http.get; and
// Node's global fetch, whose body is a WHATWG ReadableStream), an event
// recorder, and a way to see exceptions that the module reports as uncaught.
const http = require('http');
const nodeFetch = require('node-fetch');

/** One GET of `url`, with the integrator's own headers (`extra`) and ours. */
const transports = [
  {
    name: 'node-fetch',
    connect: (url, extra) => (headers, signal) => nodeFetch(url, { headers: Object.assign({}, extra, headers), signal, redirect: 'manual' }),
  },
];
/**
 * No fetch at all: Node's http.get, whose body (an IncomingMessage) has no
 * error listener of its own, unlike node-fetch's. Aborting destroys the request.
 */
function httpGetConnect(url, extra) {
  return (headers, signal) => new Promise((resolve, reject) => {
    const req = http.get(url, { headers: Object.assign({}, extra, headers) }, (res) => {
      resolve({
        status: res.statusCode,
        statusText: res.statusMessage,
        headers: { get: (name) => (res.headers[name.toLowerCase()] === undefined ? null : String(res.headers[name.toLowerCase()])) },
        body: res,
        text: () => Promise.reject(new Error('not used')),
      });
    });
    req.on('error', reject);
    signal.addEventListener('abort', () => req.destroy(new Error('aborted by the signal')));
  });
}
transports.push({ name: 'http.get', connect: httpGetConnect });

if (typeof globalThis.fetch === 'function') {
  transports.push({
    name: 'global fetch',
    connect: (url, extra) => (headers, signal) => globalThis.fetch(url, { headers: Object.assign({}, extra, headers), signal, redirect: 'manual' }),
  });
}

/** Records every event of the given types, with the readyState at dispatch. */
function record(source, types) {
  const seen = [];
  const waiters = [];
  const check = () => {
    for (let i = waiters.length - 1; i >= 0; i--) {
      if (waiters[i].predicate(seen)) waiters.splice(i, 1)[0].resolve(seen);
    }
  };
  for (const type of types) {
    source.addEventListener(type, (event) => {
      seen.push({ type, event, readyState: source.readyState, at: Date.now() });
      check();
    });
  }
  return {
    seen,
    of: (type) => seen.filter((s) => s.type === type).map((s) => s.event),
    /** Resolves when `predicate(seen)` holds; rejects after `timeoutMs`. */
    until(predicate, timeoutMs) {
      if (predicate(seen)) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve: (value) => { clearTimeout(timer); resolve(value); } };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`timed out waiting; seen: ${JSON.stringify(seen.map((s) => [s.type, s.event.data || s.event.message]))}`));
        }, timeoutMs || 15000);
        waiters.push(waiter);
      });
    },
    count(type) {
      return seen.filter((s) => s.type === type).length;
    },
  };
}

/**
 * 'pending', or how the promise has settled, after one turn of the event loop
 * (a settled promise shows at once; a pending one is pending on its merits, not
 * for lack of time: call it once whatever it waits for cannot have come).
 */
function stateNow(promise) {
  return Promise.race([
    promise.then(() => 'resolved', () => 'rejected'),
    new Promise((resolve) => setImmediate(() => resolve('pending'))),
  ]);
}

/**
 * Swaps mocha's uncaughtException handlers for a recorder until restore():
 * the module rethrows listener exceptions from a timer, as uncaught.
 */
function captureUncaught() {
  const original = process.listeners('uncaughtException');
  process.removeAllListeners('uncaughtException');
  const caught = [];
  const waiters = [];
  process.on('uncaughtException', (err) => {
    caught.push(err);
    waiters.splice(0).forEach((check) => check());
  });
  return {
    caught,
    /** Resolves once `count` exceptions have been caught. */
    until(count) {
      return new Promise((resolve) => {
        const check = () => (caught.length >= count ? resolve(caught) : waiters.push(check));
        check();
      });
    },
    restore() {
      process.removeAllListeners('uncaughtException');
      original.forEach((listener) => process.on('uncaughtException', listener));
    },
  };
}

module.exports = { transports, record, stateNow, captureUncaught };
