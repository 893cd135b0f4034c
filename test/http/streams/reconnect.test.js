'use strict';
// Reconnection over real HTTP: an `error` event and CONNECTING after a lost
// stream, a new request after the reconnection time with Last-Event-ID, the
// server's `retry:`, backoff after repeated failures, and the answers that end
// the stream for good (a non-200 status, 204, another Content-Type).
const { expect } = require('chai');
const { loadEventSource } = require('../../helpers/event-source-build');
const { baseline, untilIdle } = require('../../helpers/idle');
const { startSseServer } = require('../../helpers/sse-server');
const { transports, record } = require('../../helpers/sse-client');

for (const transport of transports) {
  describe(`event source over ${transport.name}: reconnection`, () => {
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

    /** Opens a stream and returns { source, conn, seen } with events recorded from the start. */
    async function openStream(options) {
      const url = `${server.url}/stream`;
      const opening = mod.openEventSource(url, transport.connect(url), options);
      const conn = (await server.accept()).open();
      const source = await opening;
      opened.push(source);
      const seen = record(source, ['open', 'error', 'message', 'deviceState']);
      return { source, conn, seen };
    }

    it('after a clean end: error event while CONNECTING, then a new request with Last-Event-ID after the reconnection time', async () => {
      const { source, conn, seen } = await openStream({ reconnectDelay: 150 });
      conn.event({ id: 'state-41', event: 'deviceState', data: '{"a":1}' });
      await seen.until((s) => s.length === 2);
      const ended = Date.now();
      conn.end();
      await seen.until((s) => s.some((e) => e.type === 'error'));
      const error = seen.of('error')[0];
      expect(seen.seen[2].readyState).to.equal(0);
      expect(source.readyState).to.equal(0);
      expect(error.message).to.equal('The server ended the event stream; reconnecting in 150 ms');
      expect(error.error).to.equal(undefined);
      const again = await server.accept();
      // Time is the behaviour: not before the 150 ms; how late depends on the machine's load.
      expect(Date.now() - ended).to.be.at.least(140);
      expect(again.lastEventId()).to.equal('state-41');
      expect(again.headers.accept).to.equal('text/event-stream');
      again.open();
      await seen.until((s) => s.filter((e) => e.type === 'open').length === 2);
      expect(source.readyState).to.equal(1);
      again.event({ data: 'after' });
      await seen.until((s) => s.some((e) => e.type === 'message'));
      // The id carries over to events of the new connection that have none.
      expect(seen.of('message')[0]).to.include({ data: 'after', lastEventId: 'state-41' });
      expect(seen.seen.map((e) => e.type)).to.deep.equal(['open', 'deviceState', 'error', 'open', 'message']);
    });

    it('after a dropped connection: the error event carries a Network error, and it reconnects', async () => {
      const { conn, seen } = await openStream({ reconnectDelay: 50 });
      conn.event({ id: '\u00e9t\u00e9-1', data: 'x' });
      await seen.until((s) => s.some((e) => e.type === 'message'));
      conn.drop();
      await seen.until((s) => s.some((e) => e.type === 'error'));
      const error = seen.of('error')[0];
      expect(error.error).to.include({ name: 'LosantError', type: 'Network' });
      expect(error.message).to.match(/^Event stream connection failed: .+; reconnecting in 50 ms$/);
      const again = await server.accept();
      // A non-ASCII id goes out as UTF-8 bytes.
      expect(again.lastEventId()).to.equal('\u00e9t\u00e9-1');
    });

    it('honours retry: from the server for the next reconnection', async () => {
      const { conn, seen } = await openStream({ reconnectDelay: 2000 });
      // A message after the retry: line tells that the line has been read.
      conn.write('retry: 60\n\n').event({ data: 'read' });
      await seen.until((s) => s.some((e) => e.type === 'message'));
      const ended = Date.now();
      conn.end();
      await server.accept();
      // Time is the behaviour: after 60 ms, not the 2000 ms asked for (the margin is for a loaded machine).
      expect(Date.now() - ended).to.be.within(50, 1900);
      expect(seen.of('error')[0].message).to.match(/reconnecting in 60 ms$/);
    });

    it('waits 1000 ms by default', async function () {
      this.timeout(20000);
      expect(mod.DEFAULT_RECONNECT_DELAY).to.equal(1000);
      const { conn } = await openStream();
      const ended = Date.now();
      conn.end();
      await server.accept(10000);
      // Time is the behaviour: not before 1000 ms (a timer may fire a few ms early); late only by the load.
      expect(Date.now() - ended).to.be.at.least(950);
    });

    it('sends no Last-Event-ID when no id was seen, and the last one after several', async () => {
      const { conn, seen } = await openStream({ reconnectDelay: 10 });
      conn.end();
      const second = (await server.accept()).open();
      expect(second.headers).to.not.have.property('last-event-id');
      // An event without an id keeps the last one (3): its message says the id line has been read.
      second.event({ id: '1', data: 'a' }).event({ id: '2', data: 'b' }).write('id: 3\n\n').event({ data: 'c' });
      await seen.until((s) => s.filter((e) => e.type === 'message').length === 3);
      second.end();
      expect((await server.accept()).lastEventId()).to.equal('3');
    });

    it('backs off after repeated failed attempts, up to the cap, and starts over once open', async () => {
      const { source, conn, seen } = await openStream({ reconnectDelay: 10, maxReconnectDelay: 500 });
      conn.end();
      const arrivals = [];
      for (let i = 0; i < 4; i++) {
        const attempt = await server.accept(10000);
        arrivals.push(Date.now());
        attempt.drop(); // no answer at all: a network failure
      }
      await seen.until((s) => s.filter((e) => e.type === 'error').length === 5);
      const waits = seen.of('error').map((e) => Number(/reconnecting in (\d+) ms$/.exec(e.message)[1]));
      // 10 ms after the end, then from a 100 ms floor: 200, 400, then the 500 ms cap.
      expect(waits).to.deep.equal([10, 200, 400, 500, 500]);
      for (let i = 1; i < arrivals.length; i++) {
        expect(arrivals[i] - arrivals[i - 1], `gap before attempt ${i + 1}`).to.be.at.least(waits[i] - 5);
      }
      (await server.accept(10000)).open().end();
      await seen.until((s) => s.filter((e) => e.type === 'error').length === 6);
      expect(seen.of('error')[5].message).to.match(/reconnecting in 10 ms$/);
      expect(source.readyState).to.equal(0);
    });

    const fatal = {
      '401 with a JSON body': [(c) => c.reply(401, { type: 'Unauthorized', message: 'Token expired' }), { status: 401, type: 'Unauthorized', message: 'Token expired' }],
      '404 with a JSON body': [(c) => c.reply(404, { type: 'NotFound', message: 'Device was not found' }), { status: 404, type: 'NotFound', message: 'Device was not found' }],
      '500 with a text body': [(c) => c.reply(500, 'oops'), { status: 500, type: 'InternalServerError', message: 'HTTP 500 Internal Server Error: oops' }],
      '204 No Content': [(c) => c.reply(204), { status: 204, type: 'NoContent', message: 'HTTP 204 No Content' }],
      'a 200 that is not an event stream': [(c) => c.reply(200, { ok: true }), { status: 200, type: 'InvalidResponse', message: 'Expected an event stream (Content-Type text/event-stream), got Content-Type application/json' }],
    };
    for (const name of Object.keys(fatal)) {
      const [answer, expected] = fatal[name];
      it(`a reconnect answered with ${name} ends the stream for good`, async () => {
        const before = await baseline();
        const { source, conn, seen } = await openStream({ reconnectDelay: 10 });
        conn.end();
        answer(await server.accept());
        await seen.until((s) => s.filter((e) => e.type === 'error').length === 2);
        const last = seen.seen[seen.seen.length - 1];
        expect(last.readyState).to.equal(2);
        expect(source.readyState).to.equal(2);
        expect({ status: last.event.status, type: last.event.error.type, message: last.event.message })
          .to.deep.equal({ status: expected.status, type: expected.type, message: expected.message });
        expect(last.event.error.statusCode).to.equal(expected.status);
        // No timer armed and no socket open: no third attempt can come.
        await untilIdle(before);
        expect(server.requests).to.have.length(2);
        expect(seen.seen).to.have.length(3);
      });
    }
  });
}
