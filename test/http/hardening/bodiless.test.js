'use strict';
// Issue 14, item 7: an answer that has no body by definition (to a HEAD, or a
// 204 or 304) is not refused as ResponseTooLarge because its Content-Length
// describes a body it does not carry. A HEAD resolves to undefined, as the
// guide on errors says (docs/guide/errors.md); a 304 is the error any unfollowed 3xx is. Both transports,
// both styles.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

const BIG = String(100 * 1024 * 1024);

describe('hardening 7: HEAD, 204 and 304 with a large Content-Length', () => {
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const [fetchLabel, fetch] of [['built-in (default)', undefined], ['global fetch', globalThis.fetch]]) {
    describe(fetchLabel, () => {
      const client = () => createClient({ url: server.url, fetch, retries: 0 });
      const close = fetch ? '&close=1' : '';

      it(`HEAD answered 200 with Content-Length ${BIG}: resolves to undefined (both styles)`, async () => {
        const c = client();
        const outcomes = await inBothStyles((cb) => c.request({ method: 'HEAD', path: `/f/bodiless?length=${BIG}` }, cb));
        expect(outcomes.map((o) => [o.style, o.calls, o.err && o.err.type, o.result])).to.deep.equal([
          ['callback', 1, null, undefined], ['promise', 1, null, undefined],
        ]);
      });

      it(`304 with Content-Length ${BIG}: the NotModified error, not ResponseTooLarge (both styles)`, async () => {
        const c = client();
        const outcomes = await inBothStyles((cb) => c.request({ method: 'GET', path: `/f/bodiless?code=304&length=${BIG}${close}`, headers: { 'if-none-match': '"v1"' } }, cb));
        for (const { style, calls, err } of outcomes) {
          expect(calls, style).to.equal(1);
          expect({ statusCode: err.statusCode, type: err.type, code: err.code, message: err.message }, style).to.deep.equal({
            statusCode: 304, type: 'NotModified', code: undefined, message: 'HTTP 304 Not Modified',
          });
        }
      });

      it('a GET whose body is larger than the limit is still refused (the limit is not off)', async () => {
        const err = await client().request({ method: 'GET', path: '/f/huge?bytes=5000' }, { maxResponseBytes: 1000 }).catch((e) => e);
        expect(err.code).to.equal('ERR_RESPONSE_TOO_LARGE');
      });
    });
  }
});
