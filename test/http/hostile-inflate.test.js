'use strict';
// Issue 21, item 2: a compressed body keeps inflating after its call is over.
// A 12.9 KB brotli body of 16 GiB has all arrived long before the decoder is
// done; `timeout`, the caller's signal and maxResponseBytes must each settle
// the call at once and stop the decoder. The child (fixtures/hostile/inflate.js)
// then exits by itself: with a decoder left running it would stay busy for
// minutes, far past the time limit, which only bounds a healthy run's start-up.
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun } = require('../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'hostile', 'inflate.js');

describe('hostile answers: a decoder ends with its call (issue 21, item 2)', function () {
  this.timeout(90000);
  for (const transport of ['built-in', 'node-fetch', 'global']) {
    it(`${transport}: timeout, abort and maxResponseBytes each settle at once, and the process exits by itself`, async () => {
      const run = await runNode([FIXTURE, transport], { timeout: 60000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      expect(JSON.parse(run.stdout)).to.deep.equal({
        timeout: 'Timeout ETIMEDOUT', abort: 'Aborted ABORT_ERR', tooLarge: 'ResponseTooLarge ERR_RESPONSE_TOO_LARGE',
      });
    });
  }
});
