'use strict';
// close() and the caller's abort signal, over real HTTP: the connection ends
// at once (the server sees its socket close), no event is dispatched after,
// and no reconnection happens, whatever state the stream was in. "Nothing
// after" is checked once the process has nothing left to do (test/helpers/
// idle.js: no timer armed, no socket open beyond what was there before), not
// after a fixed pause: a reconnect would need a timer or a socket.
const { expect } = require('chai');
const { loadEventSource } = require('../../helpers/event-source-build');
const { baseline, untilIdle } = require('../../helpers/idle');
const { startSseServer } = require('../../helpers/sse-server');
const { transports, record } = require('../../helpers/sse-client');

for (const transport of transports) {
  describe(`event source over ${transport.name}: close() and abort`, () => {
    let mod;
    let server;
    let opened;
    before(async function () {
      this.timeout(60000);
      mod = await loadEventSource();
    });
    beforeEach(async () => {
      server = await startSseServer();
      opened = [];
    });
    afterEach(async () => {
      opened.forEach((source) => source.close());
      await server.close();
    });

    const url = () => `${server.url}/stream`;
    const openRaw = (options) => mod.openEventSource(url(), transport.connect(url()), options);
    async function openStream(options) {
      const opening = openRaw(options);
      const conn = (await server.accept()).open();
      const source = await opening;
      opened.push(source);
      return { source, conn, seen: record(source, ['open', 'error', 'message']) };
    }

    it('during an open stream: CLOSED at once, the server sees the socket close, no event and no reconnect after', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream({ reconnectDelay: 20 });
      conn.event({ data: 'before' });
      await seen.until((s) => s.some((e) => e.type === 'message'));
      source.close();
      expect(source.readyState).to.equal(2);
      await conn.closed;
      conn.event({ data: 'after' });
      await untilIdle(before);
      expect(seen.seen.map((e) => e.type)).to.deep.equal(['open', 'message']);
      expect(server.requests).to.have.length(1);
      source.close(); // idempotent
      expect(source.readyState).to.equal(2);
    });

    it('from inside a listener: later events of the same chunk are not dispatched', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream();
      source.addEventListener('message', (event) => {
        if (event.data === 'stop') source.close();
      });
      conn.write('data: one\n\ndata: stop\n\ndata: three\n\n');
      await conn.closed;
      await untilIdle(before);
      expect(seen.of('message').map((e) => e.data)).to.deep.equal(['one', 'stop']);
      expect(seen.of('error')).to.have.length(0);
    });

    it('right after the promise resolves, before reading starts: no open event, no message', async () => {
      const before = await baseline();
      const opening = openRaw();
      const conn = await server.accept();
      conn.res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      conn.write('data: too late\n\n');
      const source = await opening;
      const seen = record(source, ['open', 'error', 'message']);
      source.close();
      await conn.closed;
      await untilIdle(before);
      expect(seen.seen).to.deep.equal([]);
    });

    it('while waiting to reconnect: no new request, no event', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream({ reconnectDelay: 100 });
      conn.end();
      await seen.until((s) => s.some((e) => e.type === 'error'));
      expect(source.readyState).to.equal(0);
      source.close();
      expect(source.readyState).to.equal(2);
      // The reconnect timer is gone: idle means no reconnect can come.
      await untilIdle(before);
      expect(server.requests).to.have.length(1);
      expect(seen.seen.map((e) => e.type)).to.deep.equal(['open', 'error']);
    });

    it('from an error listener: the reconnect is not made', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream({ reconnectDelay: 10 });
      source.onerror = () => source.close();
      conn.end();
      await seen.until((s) => s.some((e) => e.type === 'error'));
      await untilIdle(before);
      expect(server.requests).to.have.length(1);
      expect(source.readyState).to.equal(2);
    });

    it('from an open listener on a reconnect: the new stream is not read', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream({ reconnectDelay: 10 });
      conn.end();
      const again = await server.accept();
      source.onopen = () => source.close();
      again.res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      again.write('data: unread\n\n');
      await again.closed;
      await untilIdle(before);
      expect(seen.seen.map((e) => e.type)).to.deep.equal(['open', 'error', 'open']);
      expect(source.readyState).to.equal(2);
    });

    it('while a reconnect attempt waits for its answer: the server sees the socket close, no event', async () => {
      const before = await baseline();
      const { source, conn, seen } = await openStream({ reconnectDelay: 10 });
      conn.end();
      const attempt = await server.accept();
      expect(source.readyState).to.equal(0);
      source.close();
      await attempt.closed;
      await untilIdle(before);
      expect(seen.seen.map((e) => e.type)).to.deep.equal(['open', 'error']);
    });

    it('a signal aborted before the stream opens: rejects with Aborted and the server sees the socket close', async () => {
      const controller = new AbortController();
      const opening = openRaw({ signal: controller.signal });
      const conn = await server.accept();
      controller.abort();
      const err = await opening.then(() => null, (e) => e);
      expect(err).to.include({ name: 'LosantError', type: 'Aborted', code: 'ABORT_ERR' });
      expect(err.request.url).to.equal(url());
      await conn.closed;
    });

    it('a signal already aborted: rejects and sends nothing', async () => {
      const before = await baseline();
      const controller = new AbortController();
      controller.abort();
      const err = await openRaw({ signal: controller.signal }).then(() => null, (e) => e);
      expect(err).to.include({ type: 'Aborted', code: 'ABORT_ERR' });
      // A request on its way would hold a socket open.
      await untilIdle(before);
      expect(server.requests).to.have.length(0);
    });

    it('a signal aborted after the stream opened closes it', async () => {
      const controller = new AbortController();
      const { source, conn, seen } = await openStream({ signal: controller.signal });
      controller.abort();
      expect(source.readyState).to.equal(2);
      await conn.closed;
      expect(seen.of('error')).to.have.length(0);
    });

    it('a rejected open leaves no listener on the signal', async () => {
      const added = [];
      const removed = [];
      const signal = {
        aborted: false,
        addEventListener: (type, fn) => added.push(fn),
        removeEventListener: (type, fn) => removed.push(fn),
      };
      const opening = openRaw({ signal });
      (await server.accept()).reply(401, { message: 'no' });
      expect(await opening.then(() => 'resolved', () => 'rejected')).to.equal('rejected');
      expect(added).to.have.length(1);
      expect(removed).to.deep.equal(added);
    });
  });
}

describe('event source: a body stream that errors when aborted', () => {
  const { PassThrough } = require('stream');
  const nodeFetch = require('node-fetch');
  const { captureUncaught } = require('../../helpers/sse-client');
  let mod;
  let server;
  before(async function () {
    this.timeout(60000);
    mod = await loadEventSource();
    server = await startSseServer();
  });
  after(() => server.close());

  // A transport that hands over its own stream (a proxy's, say) and destroys it with an
  // error on abort: nobody reads that stream any more, and its 'error' must not crash the process.
  const piped = (url) => (headers, signal) => nodeFetch(url, { headers, signal }).then((res) => {
    const body = new PassThrough();
    res.body.pipe(body);
    signal.addEventListener('abort', () => body.destroy(new Error('aborted by the signal')));
    return { status: res.status, statusText: res.statusText, headers: res.headers, body, text: () => res.text() };
  });

  it('close() does not turn the stream error into an uncaught exception', async () => {
    const before = await baseline();
    const url = `${server.url}/stream`;
    const opening = mod.openEventSource(url, piped(url));
    const conn = (await server.accept()).open();
    const source = await opening;
    // Reading has started once a message has come through the piped stream.
    const message = new Promise((resolve) => source.addEventListener('message', resolve));
    conn.event({ data: 'flowing' });
    await message;
    const uncaught = captureUncaught();
    try {
      source.close();
      await conn.closed;
      // The stream's error, if it escaped, would come on a later turn: wait until nothing is left to run.
      await untilIdle(before);
    } finally {
      uncaught.restore();
    }
    expect(uncaught.caught).to.deep.equal([]);
  });
});
