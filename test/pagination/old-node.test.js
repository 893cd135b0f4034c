'use strict';
// Issue 25: client.paginate on every Node installed in .cache/node (Node 8 to 14; `npm test`
// installs them) and on the current one, by a plain-Node fixture in a child process: the
// promise and callback forms everywhere, the page iterator by next()/return(), and
// `Symbol.asyncIterator` on it where the runtime has one (Node 10 and later).
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun, nodesToTest } = require('../helpers/exit-check');

const FIXTURE = path.join(__dirname, 'fixtures', 'old-node.js');

describe('pagination on old Node (plain-Node fixture, issue 25)', () => {
  const nodes = nodesToTest();

  before(() => {
    console.log(`      pagination fixture runs on: ${nodes.map((n) => n.label).join(', ')}`);
  });

  for (const node of nodes) {
    it(`promise, callback and next()/return() on ${node.label}`, async () => {
      const run = await runNode([FIXTURE], { execPath: node.bin, timeout: 20000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      for (const line of ['promise', 'callback', 'validation', 'iterator']) {
        expect(run.stdout, describeRun(run)).to.match(new RegExp(`^ok ${line}: `, 'm'));
      }
      const symbol = node.major >= 10 ? 'present' : 'absent';
      expect(run.stdout).to.match(new RegExp(`Symbol\\.asyncIterator ${symbol}`));
    });
  }
});
