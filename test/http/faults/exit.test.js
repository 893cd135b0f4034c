'use strict';
// After meeting faults (timeout, abort, abort while waiting to retry, reset,
// truncated body, refused connection, oversized body), a process using the
// client must exit by itself: nothing it opened may keep the event loop alive.
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun, nodesToTest } = require('../../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'reliability', 'exit-check.js');

describe('faults: the process exits by itself afterwards', () => {
  // On the current Node and on any old Node in .cache (Node 10 has no global AbortController).
  for (const node of nodesToTest()) {
    it(`a child that met every fault ends on its own with status 0 and the expected errors (${node.label})`, async () => {
      const run = await runNode([FIXTURE], { execPath: node.bin, timeout: 15000 });
      expect(run.timedOut, describeRun(run)).to.equal(false);
      expect(run.code, describeRun(run)).to.equal(0);
      expect(JSON.parse(run.stdout)).to.deep.equal({
        ok: 'ok {"id":"1","method":"GET"}',
        timeout: 'Timeout ETIMEDOUT',
        abort: 'Aborted ABORT_ERR',
        abortInRetryWait: 'Aborted ABORT_ERR',
        reset: 'Network ERR_STREAM_PREMATURE_CLOSE',
        truncated: 'Network ERR_STREAM_PREMATURE_CLOSE',
        refused: 'Network ECONNREFUSED',
        huge: 'ResponseTooLarge ERR_RESPONSE_TOO_LARGE',
      });
    });
  }
});
