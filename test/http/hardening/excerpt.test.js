'use strict';
// Issue 14, item 1: a non-JSON error body full of unclosed tags must not
// freeze the event loop. The excerpt put in the message is built in one
// linear pass over a bounded prefix, so the cost does not grow with the body
// and a GET that parses the page on every retry stays cheap. Each case runs in
// a child with a time limit: a regression fails the test instead of freezing
// the run for minutes (a 200 KB page took 18-35 s; one near 8 MiB, hours).
const path = require('path');
const { expect } = require('chai');
const { startFaultServer } = require('../../helpers/fault-server');
const { runNode, describeRun } = require('../../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'hardening', 'error-page-stall.js');
const MiB = 1024 * 1024;
/** The event loop may go this long without running a 5 ms interval (a loaded CI machine included). */
const STALL_LIMIT_MS = 250;

describe('hardening 1: a hostile error page cannot freeze the event loop', function () {
  this.timeout(30000);
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());

  const pages = [
    ['100,000 "<" characters', '<', 100000],
    ['50,000 unclosed "<a" tags', '<a', 50000],
    ['15,000 unclosed "<script" tags', '<script', 15000],
    ['17,000 unclosed "<head " tags', '<head ', 17000],
    ['30,000 "<style>" blocks that never close', '<style>', 30000],
  ];
  for (const [label, unit, count] of pages) {
    it(`502 with ${label}, retried twice (3 parses per style): both styles settle, no stall over ${STALL_LIMIT_MS} ms`, async () => {
      const query = `unit=${encodeURIComponent(unit)}&count=${count}&ra=0`;
      const run = await runNode([FIXTURE, server.url, `/f/markup?${query}`, '2', String(8 * MiB)], { timeout: 15000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      const { stall, results, retried } = JSON.parse(run.stdout);
      expect(results.map((r) => [r.style, r.statusCode, r.type])).to.deep.equal([['callback', 502, 'BadGateway'], ['promise', 502, 'BadGateway']]);
      for (const r of results) expect(r.message).to.match(/^HTTP 502 Bad Gateway/);
      expect(retried).to.deep.equal([1, 2, 1, 2]);
      expect(stall, `the event loop stalled for ${stall} ms`).to.be.below(STALL_LIMIT_MS);
    });
  }

  it('a page just under maxResponseBytes (6 MiB of "<a"): read, excerpted, no stall', async () => {
    const run = await runNode([FIXTURE, server.url, `/f/markup?unit=%3Ca&count=${3 * MiB}`, '0', String(6 * MiB + 1)], { timeout: 15000 });
    expect(run.timedOut, describeRun(run)).to.equal(false);
    const { stall, results } = JSON.parse(run.stdout);
    expect(results.map((r) => r.statusCode)).to.deep.equal([502, 502]);
    expect(stall, `the event loop stalled for ${stall} ms`).to.be.below(STALL_LIMIT_MS);
  });

  it('the excerpt still reads an ordinary HTML error page: text only, head/script/style/comments dropped, 200 characters', async () => {
    const page = '<!DOCTYPE html><html><HEAD><title>t</title><style>p{}</style></HEAD><body><!-- a > b --><script>var a = "<p>";</script>'
      + `<h1>Bad   gateway</h1>\n<p>a &lt; b, 1 < 2 and <b>bold</b></p><header>kept</header>${'x'.repeat(300)}</body></html>`;
    const run = await runNode([FIXTURE, server.url, `/f/markup?unit=${encodeURIComponent(page)}&count=1`, '0', String(MiB)], { timeout: 15000 });
    const { results } = JSON.parse(run.stdout);
    const expected = `HTTP 502 Bad Gateway: ${`Bad gateway a &lt; b, 1 < 2 and bold kept ${'x'.repeat(300)}`.slice(0, 200)}…`;
    expect(results.map((r) => r.message)).to.deep.equal([expected, expected]);
  });
});
