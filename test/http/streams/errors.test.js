'use strict';
// When the first connection fails, openEventSource rejects once with a
// LosantError shaped like the client's API errors: each kind of failure over
// real HTTP (and a refused port), through each transport.
const { expect } = require('chai');
const { loadEventSource } = require('../../helpers/event-source-build');
const { startSseServer, pause } = require('../../helpers/sse-server');
const { transports, stateNow } = require('../../helpers/sse-client');
const { closedPort } = require('../../helpers/fault-server');

const failure = (promise) => promise.then((source) => {
  source.close();
  throw new Error('expected the open to fail');
}, (err) => err);

for (const transport of transports) {
  describe(`event source over ${transport.name}: first-attempt errors`, () => {
    let mod;
    let server;
    before(async function () {
      this.timeout(60000);
      mod = await loadEventSource();
    });
    beforeEach(async () => {
      server = await startSseServer();
    });
    afterEach(() => server.close());

    const url = () => `${server.url}/stream`;
    const open = (options, target) => mod.openEventSource(target || url(), transport.connect(target || url()), options);

    async function refusedWith(answer, options) {
      const opening = open(options);
      const conn = await server.accept();
      answer(conn);
      return { err: await failure(opening), conn };
    }

    it('401 with a JSON body: statusCode, type and message from the body, and the redacted request', async () => {
      const request = { method: 'GET', url: url(), headers: { Authorization: 'Bearer [REDACTED]', 'Accept-Version': '^1.30.0' } };
      const { err } = await refusedWith((c) => c.reply(401, { type: 'Unauthorized', message: 'Invalid access token', detail: 'x' }), { request });
      expect(err).to.be.instanceOf(Error);
      expect(err).to.include({ name: 'LosantError', statusCode: 401, type: 'Unauthorized', message: 'Invalid access token', detail: 'x' });
      expect(err.request).to.deep.equal({
        method: 'GET', url: url(),
        headers: { Authorization: 'Bearer [REDACTED]', 'Accept-Version': '^1.30.0', Accept: 'text/event-stream', 'Cache-Control': 'no-cache' },
      });
    });

    it('404 with a JSON body', async () => {
      const { err } = await refusedWith((c) => c.reply(404, { type: 'NotFound', message: 'Device was not found' }));
      expect(err).to.include({ statusCode: 404, type: 'NotFound', message: 'Device was not found' });
      expect(err.request).to.deep.equal({ method: 'GET', url: url(), headers: { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' } });
    });

    it('500 with a text body: a type from the status and the text in the message', async () => {
      const { err } = await refusedWith((c) => c.reply(500, 'database down'));
      expect(err).to.include({ statusCode: 500, type: 'InternalServerError', message: 'HTTP 500 Internal Server Error: database down' });
    });

    it('a large error body is read only in part, and the connection is released', async () => {
      const { err, conn } = await refusedWith((c) => {
        c.res.writeHead(503, { 'Content-Type': 'text/plain' });
        c.write('x'.repeat(200 * 1024)); // never ended
      });
      expect(err).to.include({ statusCode: 503, type: 'ServiceUnavailable' });
      await conn.closed;
    });

    it('204 No Content', async () => {
      const { err } = await refusedWith((c) => c.reply(204));
      expect(err).to.include({ statusCode: 204, type: 'NoContent', message: 'HTTP 204 No Content' });
    });

    it('an unfollowed redirect', async () => {
      const { err } = await refusedWith((c) => c.reply(302, '', { Location: '/elsewhere' }));
      expect(err).to.include({ statusCode: 302, type: 'Found' });
    });

    it('a 200 that is not an event stream: InvalidResponse', async () => {
      const { err } = await refusedWith((c) => c.reply(200, { not: 'a stream' }));
      expect(err).to.include({
        statusCode: 200, type: 'InvalidResponse', code: 'ERR_INVALID_CONTENT_TYPE',
        message: 'Expected an event stream (Content-Type text/event-stream), got Content-Type application/json',
      });
      const bare = await refusedWith((c) => {
        c.res.removeHeader('Content-Type');
        c.res.writeHead(200);
        c.res.end('data: x\n\n');
      });
      expect(bare.err.message).to.equal('Expected an event stream (Content-Type text/event-stream), got no Content-Type');
    });

    it('a refused connection: Network with the system code', async () => {
      const refused = `http://127.0.0.1:${await closedPort()}/stream`;
      const err = await failure(open({}, refused));
      expect(err).to.include({ name: 'LosantError', type: 'Network', code: 'ECONNREFUSED' });
      expect(err.statusCode).to.equal(undefined);
      expect(err.message).to.match(/^Event stream connection failed: .*ECONNREFUSED/);
    });

    it('a connection dropped before the answer: Network with the transport code', async () => {
      const { err } = await refusedWith((c) => c.drop());
      expect(err).to.include({ type: 'Network' });
      expect(err.code).to.be.oneOf(['ECONNRESET', 'UND_ERR_SOCKET']);
    });

    it('no answer within the timeout: Timeout, ETIMEDOUT, and the socket is closed', async () => {
      const started = Date.now();
      const opening = open({ timeout: 150 });
      const conn = await server.accept();
      const err = await failure(opening);
      // Not before the timeout; how late depends on the machine's load (the test's own timeout bounds it).
      expect(Date.now() - started).to.be.at.least(145);
      expect(err).to.include({ type: 'Timeout', code: 'ETIMEDOUT', message: 'The event stream did not open within 150 ms' });
      await conn.closed;
    });

    it('the timeout also covers an error body that never ends', async () => {
      const { err } = await refusedWith((c) => {
        c.res.writeHead(401, { 'Content-Type': 'application/json' });
        c.write('{"message":');
      }, { timeout: 150 });
      expect(err).to.include({ type: 'Timeout', code: 'ETIMEDOUT' });
    });

    // node-fetch's body is a PassThrough fed by the socket: destroying it does not close the socket,
    // so a node-fetch connect must honour the signal (the library's does).
    if (transport.name !== 'node-fetch') {
      it('a response that comes after the timeout (from a connect that ignores the signal) is released', async () => {
        const inner = transport.connect(url());
        const deaf = { aborted: false, addEventListener() {}, removeEventListener() {} };
        let timedOut;
        const gaveUp = new Promise((resolve) => { timedOut = resolve; });
        // The answer is handed over only once the open has failed: late, whatever the machine's speed.
        const late = (headers) => inner(headers, transport.name === 'global fetch' ? undefined : deaf).then((res) => gaveUp.then(() => res));
        const opening = mod.openEventSource(url(), late, { timeout: 100 });
        const conn = (await server.accept()).open();
        const err = await failure(opening);
        expect(err).to.include({ type: 'Timeout' });
        expect(conn.socketClosed).to.equal(false);
        timedOut();
        await conn.closed;
      });
    }

    it('the timeout ends once the stream is open, and 0 means none', async () => {
      const opening = open({ timeout: 100 });
      (await server.accept()).open();
      const source = await opening;
      const errors = [];
      source.onerror = (e) => errors.push(e);
      // Time is the behaviour here: twice the timeout passes, and the timeout must not fire.
      await pause(200);
      expect(source.readyState).to.equal(1);
      expect(errors).to.deep.equal([]);
      source.close();
      const slow = open({ timeout: 0 });
      const conn = await server.accept();
      // Time is the behaviour: an answer later than any timeout would allow still opens the stream.
      await pause(200);
      conn.open();
      const late = await slow;
      expect(late.readyState).to.equal(1);
      late.close();
    });
  });
}

describe('event source: input checked before connecting', () => {
  let mod;
  before(async function () {
    this.timeout(60000);
    mod = await loadEventSource();
  });

  it('a connect that throws: rejects (never throws) with a Network error', async () => {
    const boom = new Error('transport misconfigured');
    let opening;
    expect(() => { opening = mod.openEventSource('http://127.0.0.1:1/stream', () => { throw boom; }); }).to.not.throw();
    expect(await stateNow(opening)).to.equal('rejected');
    const err = await opening.catch((e) => e);
    expect(err).to.include({ name: 'LosantError', type: 'Network', message: 'Event stream connection failed: transport misconfigured' });
    expect(err.cause).to.equal(boom);
  });

  const invalid = {
    'an empty url': [['', () => undefined], 'url'],
    'no connect function': [['http://127.0.0.1:1/', 'nope'], 'connect'],
    'a negative timeout': [['http://127.0.0.1:1/', () => undefined, { timeout: -1 }], 'timeout'],
    'a timeout that is a string': [['http://127.0.0.1:1/', () => undefined, { timeout: '100' }], 'timeout'],
    'a NaN reconnectDelay': [['http://127.0.0.1:1/', () => undefined, { reconnectDelay: NaN }], 'reconnectDelay'],
    'an infinite maxReconnectDelay': [['http://127.0.0.1:1/', () => undefined, { maxReconnectDelay: Infinity }], 'maxReconnectDelay'],
    'options that are not an object': [['http://127.0.0.1:1/', () => undefined, 5], 'options'],
    'a signal that is not one': [['http://127.0.0.1:1/', () => undefined, { signal: {} }], 'signal'],
  };
  for (const name of Object.keys(invalid)) {
    const [args, field] = invalid[name];
    it(`refuses ${name} before connecting (Validation, field ${field})`, async () => {
      let connected = 0;
      if (typeof args[1] === 'function') args[1] = () => { connected++; return new Promise(() => undefined); };
      const err = await mod.openEventSource(...args).then(() => null, (e) => e);
      expect(err).to.include({ name: 'LosantError', type: 'Validation', field });
      expect(connected).to.equal(0);
    });
  }
});
