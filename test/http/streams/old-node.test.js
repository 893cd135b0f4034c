'use strict';
// The event-source module on old Node: a plain-Node fixture run on the
// current Node and on every Node installed in .cache/node/<major>/ below 16
// (`npm test` installs them), and a check that the compiled module uses no
// syntax or built-in newer than ES2018.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { buildEventSource } = require('../../helpers/event-source-build');
const { runNode, describeRun, nodesToTest } = require('../../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'event-source', 'old-node.js');

describe('event source on old Node (plain-Node fixture)', () => {
  const nodes = nodesToTest();
  let modulePath;
  before(async function () {
    this.timeout(60000);
    modulePath = (await buildEventSource()).eventSource;
    // Says which Nodes ran, so a log without old Nodes is visibly so.
    console.log(`      event-source fixture runs on: ${nodes.map((n) => n.label).join(', ')}`);
  });

  for (const node of nodes) {
    it(`events, reconnect, close, timeout and errors over node-fetch on ${node.label}`, async () => {
      const run = await runNode([FIXTURE, modulePath], { execPath: node.bin, timeout: 15000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      expect(run.stdout).to.match(/^ok events: split CRLF and UTF-8$/m);
      expect(run.stdout).to.match(/^ok reconnect: \w+ then Last-Event-ID$/m);
      expect(run.stdout).to.match(/^ok close: socket closed, no event after$/m);
      expect(run.stdout).to.match(/^ok refused: 401 Unauthorized$/m);
      expect(run.stdout).to.match(/^ok timeout: ETIMEDOUT, socket closed$/m);
      expect(run.stdout).to.match(/^ok network: ECONNREFUSED$/m);
      expect(run.stdout).to.match(/^done on Node v\d+/m);
    });
  }

  it('compiles to ES2018 (nothing newer for Node 10)', async () => {
    const { findPostES2018 } = await import('../../../scripts/lib/es2018-check.mjs');
    const { eventSource, parser } = await buildEventSource();
    for (const file of [eventSource, parser]) {
      // The bundle's require() of Node built-ins and of its parser chunk is expected.
      const problems = findPostES2018(fs.readFileSync(file, 'utf8'), path.basename(file)).filter((p) => !/: require\(\)$/.test(p));
      expect(problems, file).to.deep.equal([]);
    }
  });
});
