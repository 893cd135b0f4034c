'use strict';
// Issue 12: the whole-API emulator on every supported Node installed in .cache/node (Node 10
// to 14; `npm test` installs them) and on the current one: collections, a stream with its
// keep-alive comments and clean end, the advanced query format, a login and an upload, run
// by a plain-Node fixture in a child process.
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun, nodesToTest } = require('../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'emulator', 'old-node.js');

describe('emulator: the whole API on old Node (plain-Node fixture)', () => {
  const nodes = nodesToTest().filter((n) => !/Node [89] /.test(n.label));

  before(() => {
    console.log(`      emulator fixture runs on: ${nodes.map((n) => n.label).join(', ')}`);
  });

  for (const node of nodes) {
    it(`collections, a stream, a query, a login, an upload and close() on ${node.label}`, async () => {
      const run = await runNode([FIXTURE], { execPath: node.bin, timeout: 20000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      for (const line of ['collections', 'stream', 'data table rows', 'login', 'upload', 'close']) {
        expect(run.stdout, describeRun(run)).to.match(new RegExp(`^ok ${line}: `, 'm'));
      }
    });
  }
});
