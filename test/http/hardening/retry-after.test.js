'use strict';
// Issue 14, item 11: Retry-After is read as RFC 9110 defines it, delta-seconds
// (digits) or an HTTP-date; anything else is ignored and the normal backoff
// applies (50-100 ms before the first retry). `Date.parse` read `-1`, `1.5`
// and a doubled header (`5, 10`) as dates in the past, that is, "retry now".
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

describe('hardening 11: Retry-After parsed strictly', () => {
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  let calls = 0;
  /** The delays onRetry reported for one 429 (with Retry-After `ra`) then 200, in both styles. */
  async function delaysFor(ra, fetch) {
    const delays = [];
    const client = createClient({ url: server.url, fetch, onRetry: (info) => delays.push(info.delay) });
    const outcomes = await inBothStyles((cb) => {
      calls += 1;
      return client.request({ method: 'GET', path: `/f/retry-after?key=${calls}&ra=${encodeURIComponent(ra)}` }, cb);
    });
    for (const o of outcomes) expect([o.style, o.calls, o.err && o.err.message, o.result]).to.deep.equal([o.style, 1, null, { attempts: 2 }]);
    return delays;
  }

  const unreadable = [
    ['-1', '-1'], ['1.5', '1.5'], ['"5, 10" in one header', '5, 10'], ['1e3', '1e3'], ['0x10', '0x10'],
    ['+5', '+5'], ['soon', 'soon'], ['a date without GMT', 'Sun, 06 Nov 1994 08:49:37 PST'], ['a date that does not exist', 'Mon, 31 Feb 2000 08:49:37 GMT'],
    ['an ISO date', '2001-01-01T00:00:00Z'], ['a weekday alone', 'Sunday'],
  ];
  for (const [label, ra] of unreadable) {
    it(`${label}: ignored, the normal backoff (50-100 ms) is used (both styles)`, async () => {
      const delays = await delaysFor(ra);
      expect(delays).to.have.length(2);
      for (const d of delays) expect(d, `delay ${d}`).to.be.within(50, 100);
    });
  }

  it('a doubled header (1 and 10) is never an immediate retry: joined by the global fetch (unreadable, backoff), the first kept by Node', async () => {
    for (const d of await delaysFor('1|10', globalThis.fetch)) expect(d, `delay ${d}`).to.be.within(50, 100);
    // Node's http parser keeps the first Retry-After of several (as it does for Location or Content-Length).
    expect(await delaysFor('1|10')).to.deep.equal([1000, 1000]);
  });

  const readable = [
    ['0 (retry now)', '0', 0],
    ['an IMF-fixdate in the past', 'Sun, 06 Nov 1994 08:49:37 GMT', 0],
    ['an RFC 850 date in the past', 'Sunday, 06-Nov-94 08:49:37 GMT', 0],
    ['an asctime date in the past', 'Sun Nov  6 08:49:37 1994', 0],
  ];
  for (const [label, ra, expected] of readable) {
    it(`${label}: honoured (${expected} ms)`, async () => {
      expect(await delaysFor(ra)).to.deep.equal([expected, expected]);
    });
  }

  it('delta-seconds are waited as given (1 s), and an HTTP-date in the future until that time', async () => {
    expect(await delaysFor('1')).to.deep.equal([1000, 1000]);
    const inTwoSeconds = new Date(Math.ceil(Date.now() / 1000) * 1000 + 2000).toUTCString();
    const delays = await delaysFor(inTwoSeconds);
    for (const d of delays) expect(d).to.be.within(0, 3000);
    expect(delays[0]).to.be.above(500);
  });
});
