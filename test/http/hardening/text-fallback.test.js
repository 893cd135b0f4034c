'use strict';
// Issue 14, gaps: a fetch whose responses have no stream body (only text())
// still gets the size limit. The fetch is a thin wrapper over Node's global
// fetch that hides `body`, talking real HTTP to a loopback server.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

/** Global fetch, with responses that offer only text(): the body-reading fallback. */
function textOnlyFetch(url, init) {
  return globalThis.fetch(url, init).then((res) => ({
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
    body: null,
    text: () => res.text(),
  }));
}

describe('gaps: the size limit holds for a fetch without a stream body (text() fallback)', () => {
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('a chunked body (no Content-Length) over maxResponseBytes: ResponseTooLarge, both styles', async () => {
    const client = createClient({ url: server.url, fetch: textOnlyFetch, retries: 0, maxResponseBytes: 1000 });
    const outcomes = await inBothStyles((cb) => client.request({ method: 'GET', path: '/f/huge?bytes=1001&chunked=1' }, cb));
    expect(outcomes.map((o) => [o.style, o.calls, o.err && o.err.type, o.err && o.err.code])).to.deep.equal([
      ['callback', 1, 'ResponseTooLarge', 'ERR_RESPONSE_TOO_LARGE'], ['promise', 1, 'ResponseTooLarge', 'ERR_RESPONSE_TOO_LARGE'],
    ]);
  });

  it('a chunked body of exactly maxResponseBytes is read', async () => {
    const client = createClient({ url: server.url, fetch: textOnlyFetch, retries: 0, maxResponseBytes: 1000 });
    expect(await client.request({ method: 'GET', path: '/f/huge?bytes=1000&chunked=1' })).to.have.length(998);
  });

  it('the limit counts bytes, not characters (4 euro signs: 4 characters, 12 bytes)', async () => {
    const client = createClient({ url: server.url, fetch: textOnlyFetch, retries: 0, maxResponseBytes: 10 });
    const err = await client.request({ method: 'GET', path: '/f/markup?code=200&unit=%E2%82%AC&count=4&chunked=1' }).catch((e) => e);
    expect(err.code).to.equal('ERR_RESPONSE_TOO_LARGE');
  });
});
