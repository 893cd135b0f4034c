'use strict';
// node-fetch, honestly (issue 21): `createClient({ fetch: require('node-fetch') })`
// passes the same contract as the built-in transport (wire identity, faults,
// hostile answers, uploads, streams: test/fixtures/transport/contract.js) on
// every Node the package supports, 8 to 26 (.cache/node/, installed by
// `npm test`'s compat step). Each row of the built-in transport must be the
// expected outcome; each row of node-fetch must be the built-in's, except the
// rows below, where node-fetch is known to differ (docs/guide/transport.md), and
// must differ in exactly the documented way. Its crash under nock 9/10 on
// Node >= 18 is checked the same way: it must crash as documented, where
// documented, and nowhere else.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun, nodesToTest } = require('../helpers/exit-check');
const { satisfies } = require('../helpers/engines');

const CONTRACT = path.join(__dirname, '..', 'fixtures', 'transport', 'contract.js');
const NOCK = path.join(__dirname, '..', 'fixtures', 'transport', 'nock.js');
const TOOLS = path.join(__dirname, '..', '..', '.cache', 'tools');
const PINS = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'scripts', 'compat', 'tools.json'), 'utf8'));

const UA = 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)';
const HEAD = { accept: 'application/json', 'accept-encoding': 'gzip,deflate', 'accept-version': '^1.30.0', authorization: 'Bearer contract-token' };
const echo = (method, url, extra, body) => `ok ${JSON.stringify({ method, url, headers: Object.assign({}, HEAD, extra, { 'user-agent': UA }), body: body || '' })}`;

/** What the built-in transport gives, row by row, on every Node. */
const EXPECTED = {
  'wire GET with a query': echo('GET', '/x?a%5B0%5D=1&a%5B1%5D=2&b=%C3%A9%20%C3%BC&c=true'),
  'wire POST with a JSON body': echo('POST', '/x', { 'content-length': '20', 'content-type': 'application/json' }, '{"name":"Zoë 😀"}'),
  'wire PATCH, DELETE, PUT without a body': 'ok [["PATCH","0"],["DELETE",null],["PUT","0"]]',
  'wire an action (org.get)': echo('GET', '/orgs/575ed70c7ae143cd83dc4aa9?_actions=false&_links=true&_embedded=true'),
  'wire a gzip answer is decoded': 'ok "/gzip"',
  'fault JSON error answer': 'error NotFound 404',
  'fault HTML 500': 'error InternalServerError 500',
  'fault broken JSON': 'error InvalidResponse 200 ERR_INVALID_JSON',
  'fault connection refused': 'error Network ECONNREFUSED',
  'fault hang-up before the answer': 'error Network ECONNRESET',
  'fault timeout (200 ms)': 'error Timeout ETIMEDOUT',
  'fault caller abort': 'error Aborted ABORT_ERR',
  'fault too large (Content-Length)': 'error ResponseTooLarge 200 ERR_RESPONSE_TOO_LARGE',
  'fault too large (chunked)': 'error ResponseTooLarge 200 ERR_RESPONSE_TOO_LARGE',
  'fault connection closed mid-body': 'error Network 200 ERR_STREAM_PREMATURE_CLOSE',
  'fault cut-off body (Content-Length)': 'error Network 200 ERR_STREAM_PREMATURE_CLOSE',
  'fault cut-off body (chunked)': 'error Network 200 ERR_STREAM_PREMATURE_CLOSE',
  'fault retried 503s': 'ok {"attempts":3}',
  'fault redirect body cut off': 'ok true',
  'hostile stray bytes after the answer': 'error Network',
  'hostile bad chunk size': 'error Network',
  'hostile redirect body never ends': 'ok {"landed":true}',
  'hostile 101 with Upgrade headers': 'error SwitchingProtocols 101',
  'hostile 16 GiB brotli body, timeout 300 ms': 'error Timeout 200 ETIMEDOUT',
  'upload a Buffer': 'ok [["file",null,"application/octet-stream",70000]]',
  'upload a file stream': 'ok [["file","data.csv","text/csv",300000]]',
  'upload a file stream: closed after': 'destroyed',
  'stream an event': '{"n":1} Bearer t',
  'stream reconnects after a drop': 'Network Last-Event-ID a1',
  'stream an event after the reconnect': '{"n":2}',
  'stream close() closes the connection': '2',
};

/**
 * Where node-fetch differs, on which Nodes, and how (docs/guide/transport.md):
 * a body cut off before its Content-Length never ends on Node >= 14 (the call
 * waits for its `timeout`), and a 101 with Upgrade headers is never heard of on
 * Node >= 10 (Node closes the socket; node-fetch does not listen for that).
 */
const NODE_FETCH_DIFFERS = {
  'fault connection closed mid-body': { from: 14, outcome: 'error Timeout 200 ETIMEDOUT' },
  'fault cut-off body (Content-Length)': { from: 14, outcome: 'error Timeout 200 ETIMEDOUT' },
  'hostile 101 with Upgrade headers': { from: 10, outcome: 'error Timeout ETIMEDOUT' },
};

function rowsOf(run) {
  const rows = {};
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const tab = line.indexOf('\t');
    rows[line.slice(0, tab)] = line.slice(tab + 1);
  }
  return rows;
}

describe('the transport contract: built-in and node-fetch on every Node (issue 21)', function () {
  this.timeout(600000);
  const nodes = nodesToTest({ all: true });
  const runs = new Map();

  before(async () => {
    console.log(`      contract runs on: ${nodes.map((n) => n.label).join(', ')}`);
    const jobs = [];
    for (const node of nodes) for (const transport of ['built-in', 'node-fetch']) jobs.push({ node, transport });
    // Two at a time: each child mostly waits on its own servers.
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        runs.set(`${job.node.label} ${job.transport}`, await runNode([CONTRACT, job.transport], { execPath: job.node.bin, timeout: 90000 }));
      }
    };
    await Promise.all([worker(), worker()]);
  });

  for (const node of nodes) {
    it(`${node.label}: the built-in transport keeps the contract`, () => {
      const run = runs.get(`${node.label} built-in`);
      expect(run.code, describeRun(run)).to.equal(0);
      const expected = Object.assign({}, EXPECTED);
      if (node.major < 10) expected['hostile 16 GiB brotli body, timeout 300 ms'] = 'n/a (no brotli on this Node)';
      expect(rowsOf(run)).to.deep.equal(expected);
    });

    it(`${node.label}: node-fetch keeps it too, but for its documented differences, exactly as documented`, () => {
      const run = runs.get(`${node.label} node-fetch`);
      expect(run.code, describeRun(run)).to.equal(0);
      const builtIn = rowsOf(runs.get(`${node.label} built-in`));
      const expected = {};
      for (const row of Object.keys(builtIn)) {
        const differs = NODE_FETCH_DIFFERS[row];
        expected[row] = differs && node.major >= differs.from ? differs.outcome : builtIn[row];
      }
      expect(rowsOf(run)).to.deep.equal(expected);
    });
  }

  for (const nock of PINS.nock.filter((n) => n.major <= 10)) {
    const modules = path.join(TOOLS, `nock-${nock.major}`, 'node_modules');
    for (const node of nodes) {
      it(`nock ${nock.major} on ${node.label}: the built-in transport passes; node-fetch crashes the process on Node >= 18 only (documented)`, async function () {
        if (!fs.existsSync(modules)) this.skip();
        const version = (await runNode(['-p', 'process.versions.node'], { execPath: node.bin })).stdout.trim();
        if (!satisfies(version, nock.node)) this.skip();
        const env = Object.assign({}, process.env, { NODE_PATH: modules });
        const ours = await runNode([NOCK, 'built-in'], { execPath: node.bin, env, timeout: 30000 });
        expect([ours.code, ours.stdout.trim()], describeRun(ours)).to.deep.equal([0, 'ok Mocked']);
        const theirs = await runNode([NOCK, 'node-fetch'], { execPath: node.bin, env, timeout: 30000 });
        if (node.major >= 18) {
          expect(theirs.code, describeRun(theirs)).to.not.equal(0);
          expect(theirs.stderr).to.contain("Unhandled 'error' event").and.to.contain('ERR_INVALID_ARG_TYPE');
        } else {
          expect([theirs.code, theirs.stdout.trim()], describeRun(theirs)).to.deep.equal([0, 'ok Mocked']);
        }
      });
    }
  }
});
