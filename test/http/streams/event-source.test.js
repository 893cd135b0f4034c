'use strict';
// openEventSource over real HTTP on 127.0.0.1, through node-fetch (Node
// Readable body), Node's global fetch (WHATWG body) and plain http.get:
// opening, events and the EventSource interface. Reconnection, closing, errors and old Node have
// files of their own (event-source-*.test.js).
const { expect } = require('chai');
const { loadEventSource } = require('../../helpers/event-source-build');
const { startSseServer } = require('../../helpers/sse-server');
const { transports, record, stateNow, captureUncaught } = require('../../helpers/sse-client');

for (const transport of transports) {
  describe(`event source over ${transport.name}: opening and events`, () => {
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

    const open = (path, options, extra) => mod.openEventSource(`${server.url}${path || '/stream'}`, transport.connect(`${server.url}${path || '/stream'}`, extra), options)
      .then((source) => {
        opened.push(source);
        return source;
      });

    it('resolves with an open EventSource once the stream answers 200 text/event-stream', async () => {
      const opening = open('/stream?x=1', {}, { Authorization: 'Bearer t0ken' });
      const conn = await server.accept();
      // The request has arrived and is not answered: nothing can have opened the stream.
      expect(await stateNow(opening)).to.equal('pending');
      conn.open();
      const source = await opening;
      expect(source).to.be.instanceOf(mod.LosantEventSource);
      expect(source.readyState).to.equal(1);
      expect(source.url).to.equal(`${server.url}/stream?x=1`);
      expect(source.withCredentials).to.equal(false);
      expect([source.CONNECTING, source.OPEN, source.CLOSED]).to.deep.equal([0, 1, 2]);
      expect([mod.LosantEventSource.CONNECTING, mod.LosantEventSource.OPEN, mod.LosantEventSource.CLOSED]).to.deep.equal([0, 1, 2]);
      expect(conn.url).to.equal('/stream?x=1');
      expect(conn.headers.accept).to.equal('text/event-stream');
      expect(conn.headers['cache-control']).to.equal('no-cache');
      expect(conn.headers.authorization).to.equal('Bearer t0ken');
      expect(conn.headers).to.not.have.property('last-event-id');
    });

    it('accepts a Content-Type with parameters', async () => {
      const opening = open();
      (await server.accept()).open({ 'Content-Type': 'Text/Event-Stream; charset=utf-8' });
      expect((await opening).readyState).to.equal(1);
    });

    it('delivers events sent with the headers to listeners added after the promise resolves', async () => {
      const opening = open();
      const conn = await server.accept();
      // Headers and first events in one write: they arrive together.
      conn.res.writeHead(200, { 'Content-Type': 'text/event-stream' });
      conn.write('event: deviceState\ndata: {"n":1}\n\ndata: plain\n\n');
      const source = await opening;
      const opens = [];
      source.onopen = (event) => opens.push(event.type);
      const seen = record(source, ['deviceState', 'message']);
      await seen.until((s) => s.length === 2);
      expect(seen.seen.map((s) => [s.type, s.event.data])).to.deep.equal([['deviceState', '{"n":1}'], ['message', 'plain']]);
      expect(opens).to.deep.equal(['open']);
    });

    it('sends named events to their listeners and unnamed ones to message, with data, lastEventId and origin', async () => {
      const opening = open();
      const conn = (await server.accept()).open();
      const source = await opening;
      const seen = record(source, ['deviceState', 'message', 'deviceCommand']);
      const onmessage = [];
      source.onmessage = function (event) {
        onmessage.push([event.data, this === source]);
      };
      conn.event({ event: 'deviceState', id: 'a1', data: JSON.stringify({ data: { temp: 21 } }) });
      conn.event({ data: 'line one\nline two' });
      conn.comment('keep-alive');
      conn.event({ event: 'deviceCommand', data: '{"name":"reboot"}' });
      await seen.until((s) => s.length === 3);
      const [state, message, command] = seen.seen;
      expect(state.type).to.equal('deviceState');
      expect(JSON.parse(state.event.data)).to.deep.equal({ data: { temp: 21 } });
      expect(state.event).to.include({ type: 'deviceState', lastEventId: 'a1', origin: server.url });
      expect(state.event.target).to.equal(source);
      expect(message.event).to.include({ type: 'message', data: 'line one\nline two', lastEventId: 'a1' });
      expect(command.event).to.include({ type: 'deviceCommand', data: '{"name":"reboot"}' });
      expect(onmessage).to.deep.equal([['line one\nline two', true]]);
    });

    it('parses a stream split at awkward places: inside CRLF, inside a UTF-8 character, inside a field name', async () => {
      const opening = open();
      const conn = (await server.accept()).open();
      const source = await opening;
      const seen = record(source, ['message', 'deviceState']);
      const euro = Buffer.from('\u20ac');
      await conn.writeApart([
        Buffer.from([0xef, 0xbb]), Buffer.from([0xbf]), 'da', 'ta: 1\r', '\n\r', '\nevent: devi', 'ceState\r\ndata: ',
        euro.subarray(0, 1), euro.subarray(1, 2), Buffer.concat([euro.subarray(2), Buffer.from('\ud83d\ude00'.slice(0, 2))]),
        '\r\n', '\r\n',
      ]);
      await seen.until((s) => s.length === 2);
      expect(seen.seen.map((s) => [s.type, s.event.data])).to.deep.equal([['message', '1'], ['deviceState', '\u20ac\ud83d\ude00']]);
    });

    it('follows the DOM listener rules: added once, removable, handler attributes replace in place', async () => {
      const opening = open();
      const conn = (await server.accept()).open();
      const source = await opening;
      const calls = [];
      const first = () => calls.push('first');
      const removedDuringDispatch = () => calls.push('removed');
      source.addEventListener('message', first);
      source.addEventListener('message', first);
      source.onmessage = () => calls.push('handler 1');
      source.addEventListener('message', () => source.removeEventListener('message', removedDuringDispatch));
      source.addEventListener('message', removedDuringDispatch);
      source.onmessage = () => calls.push('handler 2');
      conn.event({ data: 'x' });
      await record(source, ['message']).until((s) => s.length === 1);
      expect(calls).to.deep.equal(['first', 'handler 2']);
      expect(source.onmessage).to.be.a('function');
      source.onmessage = null;
      source.removeEventListener('message', first);
      expect(source.onmessage).to.equal(null);
      conn.event({ data: 'y' });
      await record(source, ['message']).until((s) => s.length === 1);
      expect(calls).to.deep.equal(['first', 'handler 2']);
    });

    it('reports a listener exception as uncaught, and keeps delivering to other listeners and later events', async () => {
      const opening = open();
      const conn = (await server.accept()).open();
      const source = await opening;
      const boom = new Error('listener bug');
      let thrown = 0;
      source.addEventListener('message', () => {
        thrown++;
        throw boom;
      });
      const seen = record(source, ['message']);
      const uncaught = captureUncaught();
      try {
        conn.event({ data: 'one' }).event({ data: 'two' });
        await seen.until((s) => s.length === 2);
        // Rethrown from a timer each, after its dispatch.
        await uncaught.until(2);
      } finally {
        uncaught.restore();
      }
      expect(seen.of('message').map((e) => e.data)).to.deep.equal(['one', 'two']);
      expect(thrown).to.equal(2);
      expect(uncaught.caught).to.deep.equal([boom, boom]);
      expect(source.readyState).to.equal(1);
    });

    it('dispatchEvent calls the listeners of the given type', async () => {
      const opening = open();
      (await server.accept()).open();
      const source = await opening;
      const got = [];
      source.addEventListener('custom', (event) => got.push(event.detail));
      expect(source.dispatchEvent({ type: 'custom', detail: 42 })).to.equal(true);
      expect(got).to.deep.equal([42]);
    });
  });
}
