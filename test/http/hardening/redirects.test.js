'use strict';
// Issue 14, items 8 and 12 (Location): a redirect whose own body is cut off
// mid-way (it is thrown away anyway) does not fail the call, and its target
// is fetched once, whatever the transport. A Location outside HTTP (`ftp:`)
// is the server's mistake: InvalidResponse ERR_INVALID_REDIRECT at once, not
// a Network error retried. Both styles.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

describe('hardening 8 and 12: redirects', () => {
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const [fetchLabel, fetch] of [['built-in (default)', undefined], ['global fetch', globalThis.fetch]]) {
    describe(fetchLabel, () => {
      it('a 302 whose body is cut off: the target\'s answer is the result, fetched once (both styles, retries on)', async () => {
        const retried = [];
        const client = createClient({ url: server.url, accessToken: 't', fetch, onRetry: (info) => retried.push(info.error.code) });
        const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: '/f/redirect-cut' }, cb));
        expect(outcomes.map((o) => [o.style, o.calls, o.err && `${o.err.type} ${o.err.code}`, o.result])).to.deep.equal([
          ['callback', 1, null, { landed: true, authorization: 'Bearer t', method: 'GET' }],
          ['promise', 1, null, { landed: true, authorization: 'Bearer t', method: 'GET' }],
        ]);
        expect(retried).to.deep.equal([]);
        expect(server.hits).to.deep.equal({ 'redirect-cut': 2, landing: 2 });
      });

      it('a cut-off final body still fails as before (only the redirect\'s own body is forgiven)', async () => {
        const err = await createClient({ url: server.url, fetch, retries: 0 }).request({ method: 'GET', path: '/f/truncated' }).catch((e) => e);
        expect(err.type).to.equal('Network');
      });

      for (const location of ['ftp://127.0.0.1/file', 'data:text/plain,hi', 'javascript:alert(1)', 'file:///etc/passwd']) {
        it(`a Location of ${location.split(':')[0]}: InvalidResponse ERR_INVALID_REDIRECT, not retried (both styles)`, async () => {
          const retried = [];
          const client = createClient({ url: server.url, fetch, onRetry: (info) => retried.push(info.attempt) });
          const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: `/f/redirect-to?to=${encodeURIComponent(location)}` }, cb));
          for (const { style, calls, err } of outcomes) {
            expect(calls, style).to.equal(1);
            expect({ statusCode: err.statusCode, type: err.type, code: err.code }, `${style}: ${err.message}`).to.deep.equal({
              statusCode: 302, type: 'InvalidResponse', code: 'ERR_INVALID_REDIRECT',
            });
            expect(err.message).to.equal(`The server answered 302 with a Location that is not http:// or https:// (${location.split(':')[0]}:)`);
          }
          expect(retried).to.deep.equal([]);
          expect(server.hits).to.deep.equal({ 'redirect-to': 2 });
        });
      }
    });
  }
});
