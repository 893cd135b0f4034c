'use strict';
// After close() (in every state) or a failed open, nothing of the stream may
// keep the process alive: a child process opens a stream on this test's
// server, closes it, and must then exit by itself, with status 0.
const path = require('path');
const { expect } = require('chai');
const { buildEventSource } = require('../../helpers/event-source-build');
const { startSseServer } = require('../../helpers/sse-server');
const { runNode, describeRun } = require('../../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'event-source', 'exit.js');

const childTransports = ['node-fetch'].concat(typeof globalThis.fetch === 'function' ? ['global-fetch'] : []);

/** How the server plays each mode, and what the child must print. */
const modes = {
  'close-open': {
    serve: async (server) => (await server.accept()).open().event({ event: 'deviceState', data: '{"n":1}' }),
    stdout: ['event {"n":1}', 'closed 2'],
  },
  'close-waiting': {
    serve: async (server) => (await server.accept()).open().end(),
    stdout: ['error while 0', 'closed 2'],
  },
  'close-reconnecting': {
    // The reconnect, if it arrives before the child closes, is held unanswered.
    serve: async (server) => (await server.accept()).open().end(),
    stdout: ['error', 'closed 2'],
  },
  'refused-open': {
    serve: async (server) => (await server.accept()).reply(401, { type: 'Unauthorized', message: 'no' }),
    stdout: ['rejected 401'],
  },
  'timeout-open': {
    // Never answered. Whether the request even reaches the server within the child's 100 ms is
    // the machine's business (under load it may not): the test waits for no connection.
    serve: () => undefined,
    stdout: ['rejected ETIMEDOUT'],
  },
};

describe('event source: the process exits after close (child process)', () => {
  let modulePath;
  let server;
  before(async function () {
    this.timeout(60000);
    modulePath = (await buildEventSource()).eventSource;
  });
  beforeEach(async () => {
    server = await startSseServer();
  });
  afterEach(() => server.close());

  for (const transport of childTransports) {
    for (const mode of Object.keys(modes)) {
      it(`${mode} over ${transport}`, async () => {
        const { serve, stdout } = modes[mode];
        const running = runNode([FIXTURE, modulePath, `${server.url}/stream`, transport, mode], { timeout: 15000 });
        const served = await serve(server);
        const run = await running;
        expect(run.timedOut, describeRun(run)).to.equal(false);
        expect(run.code, describeRun(run)).to.equal(0);
        expect(run.stdout.trim().split('\n'), describeRun(run)).to.deep.equal(stdout);
        // Every connection the child made is closed here too, the ones no answer was given included.
        const held = [served];
        while (server.pending()) held.push(await server.accept());
        await Promise.all(held.filter(Boolean).map((conn) => conn.closed));
      });
    }
  }
});
