'use strict';
// Issue 14, items 4, 6 (timeout), 10 and 12 (base url): every option is
// checked where it is given (createClient, setOption, a call's options) by one
// checker. A refused value fails every call made while it is in force, with a
// Validation error naming the option, through that call's callback or promise,
// and nothing is sent. createClient itself never throws (as losant-rest).
const path = require('path');
const { expect } = require('chai');
const { createClient, isLosantError } = require('../../..');
const { startRecorder } = require('../../helpers/recorder');
const { baseline, untilIdle } = require('../../helpers/idle');
const { inBothStyles } = require('../../helpers/settle');
const { runNode, describeRun } = require('../../helpers/exit-check');

const ORG = '575ed6e87ae143cd83dc4aa8';
const MAX = 2147483647;

const RULES = {
  retries: 'must be a whole number, 0 or more',
  timeout: `must be a number of milliseconds from 0 to ${MAX} (0 or Infinity: no timeout)`,
  maxResponseBytes: 'must be a whole number of bytes, 0 or more (Infinity: no limit)',
  maxRetryAfter: 'must be a number of milliseconds, 0 or more (Infinity: any wait a timer can make)',
  onRetry: 'must be a function',
  fetch: 'must be a function',
  validate: 'must be true or false',
  retryAllMethods: 'must be true or false',
  acceptVersion: 'must be a non-empty string',
  accessToken: 'must be a string',
  signal: 'must be an AbortSignal (an object with aborted, addEventListener and removeEventListener)',
  url: 'must be an absolute http:// or https:// URL',
  urlQuery: 'must not contain a query (?…) or a fragment (#…): the action\'s path is appended to it',
};

describe('hardening 4, 6, 10, 12: one option checker, wherever an option is given', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    // 503 with Retry-After: 0 is what made `retries: NaN` retry without end.
    server.reply(() => ({ status: 503, headers: { 'retry-after': '0' }, body: '' }));
  });

  // [option, value, why] — `url` values are functions of the server's url.
  const refused = [
    ['retries', NaN, RULES.retries], ['retries', -1, RULES.retries], ['retries', 1.5, RULES.retries],
    ['retries', '2', RULES.retries], ['retries', Infinity, RULES.retries], ['retries', null, RULES.retries],
    ['timeout', NaN, RULES.timeout], ['timeout', -1, RULES.timeout], ['timeout', '100', RULES.timeout],
    ['timeout', 2 ** 31, RULES.timeout], ['timeout', 3e9, RULES.timeout], ['timeout', -Infinity, RULES.timeout],
    ['maxResponseBytes', NaN, RULES.maxResponseBytes], ['maxResponseBytes', 'abc', RULES.maxResponseBytes],
    ['maxResponseBytes', -1, RULES.maxResponseBytes], ['maxResponseBytes', 10.5, RULES.maxResponseBytes],
    ['maxRetryAfter', NaN, RULES.maxRetryAfter], ['maxRetryAfter', -5, RULES.maxRetryAfter], ['maxRetryAfter', '1000', RULES.maxRetryAfter],
    ['onRetry', 'x', RULES.onRetry], ['onRetry', {}, RULES.onRetry],
    ['fetch', 'x', RULES.fetch],
    ['validate', 'no', RULES.validate], ['validate', 0, RULES.validate],
    ['retryAllMethods', 'yes', RULES.retryAllMethods],
    ['acceptVersion', '', RULES.acceptVersion], ['acceptVersion', 5, RULES.acceptVersion],
    ['accessToken', 5, RULES.accessToken], ['accessToken', {}, RULES.accessToken],
    ['signal', {}, RULES.signal], ['signal', 'stop', RULES.signal],
    ['url', () => '', RULES.url], ['url', () => 'not a url', RULES.url], ['url', () => 5, RULES.url],
    ['url', (base) => `${base}/api#v1`, RULES.urlQuery], ['url', (base) => `${base}/api?key=1`, RULES.urlQuery],
    ['url', (base) => `${base}/api?`, RULES.urlQuery], ['url', (base) => `${base}#`, RULES.urlQuery],
  ];

  const where = {
    createClient: (option, value) => ({ client: createClient({ url: server.url, [option]: value }), opts: {} }),
    setOption: (option, value) => ({ client: createClient({ url: server.url }).setOption(option, value), opts: {} }),
    'per call': (option, value) => ({ client: createClient({ url: server.url }), opts: { [option]: value } }),
  };

  for (const [option, given, why] of refused) {
    for (const place of Object.keys(where)) {
      const shown = typeof given === 'function' ? `${given('<url>')}`.replace(/^$/, "''") : (typeof given === 'string' ? `'${given}'` : String(given));
      it(`${option}: ${shown}, given by ${place}: Validation naming ${option}, both styles, nothing sent`, async () => {
        const value = typeof given === 'function' ? given(server.url) : given;
        const { client, opts } = where[place](option, value);
        // A safety net for today's code, where some of these retry without end or wait forever.
        const safety = AbortSignal.timeout(3000);
        const callOpts = option === 'signal' ? opts : Object.assign({ signal: safety }, opts);
        const before = await baseline();
        const outcomes = await inBothStyles((cb) => client.org.get({ orgId: ORG }, callOpts, cb));
        await untilIdle(before);
        for (const { style, calls, err } of outcomes) {
          expect(calls, style).to.equal(1);
          expect(isLosantError(err), `${style}: ${err}`).to.equal(true);
          expect({ type: err.type, field: err.field, message: err.message }, style).to.deep.equal({ type: 'Validation', field: option, message: `${option} ${why}` });
        }
        expect(server.requests).to.have.length(0);
      });
    }
  }

  describe('values the rules accept', () => {
    const accepted = [
      ['timeout', 0], ['timeout', Infinity], ['timeout', MAX], ['timeout', 2500.5], ['retries', 0], ['maxRetryAfter', Infinity], ['maxRetryAfter', 0],
      ['maxResponseBytes', Infinity], ['maxResponseBytes', 0], ['accessToken', null], ['accessToken', ''], ['onRetry', null], ['fetch', null], ['signal', null],
      ['url', (base) => `${base}/`], ['url', (base) => `${base}/api/`], ['validate', false], ['retryAllMethods', true],
    ];
    for (const [option, given] of accepted) {
      it(`${option}: ${typeof given === 'function' ? given('<url>') : String(given)} is accepted by createClient, setOption and per call`, async () => {
        // `{}`: two bytes, so maxResponseBytes: 0 gets an empty 200 instead.
        const empty = option === 'maxResponseBytes' && given === 0;
        server.reply(() => (empty ? { status: 204, body: '' } : { status: 200, body: '{}' }));
        const value = typeof given === 'function' ? given(server.url) : given;
        for (const place of Object.keys(where)) {
          const { client, opts } = where[place](option, value);
          expect(await client.request({ method: 'GET', path: '/x' }, opts), place).to.deep.equal(empty ? undefined : {});
        }
      });
    }
  });

  describe('setOption and getOption', () => {
    it('a refused value is kept (getOption shows it) and fails every call until it is replaced or reset', async () => {
      server.reply(() => ({ status: 200, body: '{}' }));
      const client = createClient({ url: server.url });
      client.setOption('retries', NaN);
      expect(client.getOption('retries')).to.be.NaN;
      for (let i = 0; i < 2; i++) expect((await client.org.get({ orgId: ORG }).catch((e) => e)).message).to.equal(`retries ${RULES.retries}`);
      client.setOption('retries', 1);
      expect(await client.org.get({ orgId: ORG })).to.deep.equal({});
      client.setOption('timeout', 'soon').setOption('timeout', undefined);
      expect(client.getOption('timeout')).to.equal(0);
      expect(await client.org.get({ orgId: ORG })).to.deep.equal({});
      expect(server.requests).to.have.length(2);
    });

    it('a valid per-call value overrides a refused client value for that call only', async () => {
      server.reply(() => ({ status: 200, body: '{}' }));
      const client = createClient({ url: server.url, maxResponseBytes: 'abc' });
      expect(await client.org.get({ orgId: ORG }, { maxResponseBytes: 1000 })).to.deep.equal({});
      expect((await client.org.get({ orgId: ORG }).catch((e) => e)).field).to.equal('maxResponseBytes');
    });

    it('the first refused option is reported when there are several', async () => {
      const client = createClient({ url: server.url, retries: -1, timeout: -1 });
      const err = await client.org.get({ orgId: ORG }).catch((e) => e);
      expect(err.field).to.equal('retries');
    });

    it('createClient with options that are not an object: every call says so', async () => {
      const err = await createClient('token').org.get({ orgId: ORG }).catch((e) => e);
      expect({ type: err.type, message: err.message }).to.deep.equal({ type: 'Validation', message: 'options must be an object' });
    });

    it('unknown option names are ignored, and never reach the client\'s internals', async () => {
      server.reply(() => ({ status: 200, body: '{}' }));
      const client = createClient({ url: server.url, base: 'x', baseHeaders: { evil: '1' }, refused: { a: 'b' }, multipart: true });
      expect(await client.request({ method: 'GET', path: '/x' }, { headers: { a: '1' }, base: 'y' })).to.deep.equal({});
      expect(server.requests[0].headers).to.not.have.property('evil');
      expect(client.getOption('base')).to.equal(undefined);
    });
  });

  describe('retries: NaN (Number of an unset variable) against 503 + Retry-After: 0', () => {
    it('sends nothing, instead of hundreds of attempts a second', async () => {
      const client = createClient({ url: server.url, retries: Number(process.env.LOSANT_TEST_UNSET_VARIABLE) });
      const before = await baseline();
      const err = await client.org.get({ orgId: ORG }, { signal: AbortSignal.timeout(1000) }).catch((e) => e);
      await untilIdle(before);
      expect({ type: err.type, field: err.field }).to.deep.equal({ type: 'Validation', field: 'retries' });
      expect(server.requests).to.have.length(0);
    });
  });

  describe('a base url with a query or fragment would misroute every action', () => {
    it('`/api#v1` is refused rather than sending every action to /api', async () => {
      server.reply(() => ({ status: 200, body: '{}' }));
      const err = await createClient({ url: `${server.url}/api#v1` }).org.get({ orgId: ORG }).catch((e) => e);
      expect(err.message).to.equal(`url ${RULES.urlQuery}`);
      expect(server.requests.map((r) => r.path)).to.deep.equal([]);
    });
  });

  describe('item 10: url \'\' on the first call of a process', () => {
    const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'hardening', 'first-call.js');
    for (const style of ['callback', 'promise']) {
      it(`is a Validation error, not a retried Network error (${style}, fresh process)`, async () => {
        const run = await runNode([FIXTURE, style], { timeout: 15000 });
        expect(run.code, describeRun(run)).to.equal(0);
        expect(JSON.parse(run.stdout)).to.deep.equal({ type: 'Validation', field: 'url', message: `url ${RULES.url}`, retries: [] });
      });
    }
  });
});
