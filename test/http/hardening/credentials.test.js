'use strict';
// Issue 14, item 5: credentials in the base url (`http://alice:se@cr3t@host`,
// a password with an `@` included) appear nowhere: err.message,
// err.cause.message, util.inspect(err) (what console.error prints), the stack,
// err.request.url, onRetry's info.url, the NODE_DEBUG=losant log. They are
// still used: sent as `Authorization: Basic` (as node-fetch did with them),
// now with the global fetch too, which refuses URLs that carry credentials.
const path = require('path');
const util = require('util');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer, closedPort } = require('../../helpers/fault-server');
const { startRecorder } = require('../../helpers/recorder');
const { inBothStyles } = require('../../helpers/settle');
const { runNode, describeRun } = require('../../helpers/exit-check');

const USER = 'alice-the-user';
const PASSWORD = 'se@cr3t-pw';
/** Every form the secrets could take in a message: as given, percent-encoded, the tail after an `@`, and the Basic value. */
const SECRETS = [USER, PASSWORD, encodeURIComponent(PASSWORD), 'cr3t-pw', Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];

function expectNoSecret(label, text) {
  for (const secret of SECRETS) expect(text, `${label} shows ${secret}`).to.not.include(secret);
}

function everyRendering(err) {
  return {
    message: err.message,
    'cause.message': (err.cause && err.cause.message) || '',
    'cause.stack': (err.cause && err.cause.stack) || '',
    'cause.cause': util.inspect(err.cause && err.cause.cause, { showHidden: true, depth: 6 }),
    stack: err.stack,
    'util.inspect': util.inspect(err),
    'util.inspect showHidden': util.inspect(err, { showHidden: true, depth: 6 }),
    'request.url': err.request.url,
    JSON: JSON.stringify(err),
  };
}

describe('hardening 5: credentials in the base url are never shown', () => {
  let server;
  let refusedPort;
  before(async () => {
    server = await startFaultServer();
    refusedPort = await closedPort();
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const withCredentials = (port) => `http://${USER}:${PASSWORD}@127.0.0.1:${port}`;

  for (const [fetchLabel, fetch] of [['built-in (default)', undefined], ['global fetch', globalThis.fetch]]) {
    describe(fetchLabel, () => {
      const cases = {
        'a refused connection (the transport quotes the URL)': [() => withCredentials(refusedPort), '/x', { type: 'Network', code: 'ECONNREFUSED' }],
        'a 502 answer': [() => withCredentials(server.port), '/f/empty-502', { type: 'BadGateway', code: undefined }],
        'a body cut off mid-way': [() => withCredentials(server.port), '/f/truncated', { type: 'Network' }],
        'a timeout': [() => withCredentials(server.port), '/f/hang', { type: 'Timeout', code: 'ETIMEDOUT' }],
      };
      for (const label of Object.keys(cases)) {
        const [url, requestPath, fields] = cases[label];
        it(`${label}: not in message, cause, inspection, stack or request.url (both styles)`, async () => {
          const client = createClient({ url: url(), retries: 0, timeout: 300, fetch });
          const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: requestPath }, cb));
          for (const { style, calls, err } of outcomes) {
            expect(calls, style).to.equal(1);
            expect(err.type, `${style}: ${err.message}`).to.equal(fields.type);
            if ('code' in fields) expect(err.code, style).to.equal(fields.code);
            const renderings = everyRendering(err);
            for (const where of Object.keys(renderings)) expectNoSecret(`${style} ${where}`, renderings[where]);
            expect(err.request.url, style).to.match(/^http:\/\/\[REDACTED\]@127\.0\.0\.1:\d+\//);
          }
        });
      }

      it('onRetry\'s info (url, error) does not show them either', async () => {
        const seen = [];
        const client = createClient({ url: withCredentials(server.port), fetch, onRetry: (info) => seen.push(info) });
        expect(await client.request({ method: 'GET', path: '/f/flaky?key=cred' })).to.deep.equal({ attempts: 3 });
        expect(seen.map((info) => info.url)).to.deep.equal([1, 2].map(() => `http://[REDACTED]@127.0.0.1:${server.port}/f/flaky?key=cred`));
        for (const info of seen) expectNoSecret('onRetry info', util.inspect(info, { showHidden: true, depth: 6 }));
      });
    });
  }

  describe('the credentials are still sent, as Authorization: Basic, when no token is set', () => {
    let recorder;
    before(async () => { recorder = await startRecorder(); });
    after(() => recorder.close());
    beforeEach(() => recorder.reset());

    for (const [fetchLabel, fetch] of [['built-in (default)', undefined], ['global fetch', globalThis.fetch]]) {
      it(`${fetchLabel}: Basic with the decoded user and password; a token (Bearer) or a caller's header wins`, async () => {
        const client = createClient({ url: withCredentials(recorder.port), fetch, retries: 0 });
        await client.request({ method: 'GET', path: '/x' });
        await client.request({ method: 'GET', path: '/x' }, { accessToken: 'tok' });
        await client.request({ method: 'GET', path: '/x', headers: { authorization: 'Custom x' } });
        expect(recorder.requests.map((r) => r.rawHeaders.filter(([n]) => n.toLowerCase() === 'authorization').map(([, v]) => v))).to.deep.equal([
          [`Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`], ['Bearer tok'], ['Custom x'],
        ]);
        expect(recorder.requests.map((r) => r.headers.host)).to.deep.equal([1, 2, 3].map(() => `127.0.0.1:${recorder.port}`));
      });
    }
  });

  it('the NODE_DEBUG=losant log, the messages and what onRetry saw, in a child process', async () => {
    const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'hardening', 'debug-credentials.js');
    const env = Object.assign({}, process.env, { NODE_DEBUG: 'losant' });
    const run = await runNode([FIXTURE, withCredentials(server.port), withCredentials(refusedPort)], { env, timeout: 15000 });
    expect(run.code, describeRun(run)).to.equal(0);
    const out = JSON.parse(run.stdout);
    expect({ ok: out.ok, code: out.code }).to.deep.equal({ ok: { attempts: 3 }, code: 'ECONNREFUSED' });
    const lines = run.stderr.split('\n').filter((l) => /^LOSANT \d+: /.test(l));
    expect(lines).to.have.length(4);
    for (const line of lines) expect(line).to.match(/ of GET http:\/\/\[REDACTED\]@127\.0\.0\.1:\d+\//);
    expectNoSecret('the debug log', run.stderr);
    expectNoSecret('the child\'s output', run.stdout);
  });
});
