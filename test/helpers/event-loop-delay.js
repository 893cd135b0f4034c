'use strict';
// The longest the event loop was kept waiting while `work` ran. The emulator
// runs in the test's own process, so a request that blocks it (a regex that
// backtracks, a loop over a huge body) shows here as a long delay, however
// fast or slow the machine: one stall is measured, not the test's duration.
const { monitorEventLoopDelay } = require('perf_hooks');

const RESOLUTION_MS = 5;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves { value, maxDelayMs }: what `work()` resolved with, and the longest event-loop delay meanwhile. */
async function withLoopDelay(work) {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  try {
    // The monitor's first tick only starts its clock: a stall before it would go unseen.
    await sleep(4 * RESOLUTION_MS);
    const value = await work();
    // And a stall at the very end is recorded at the tick after it.
    await sleep(4 * RESOLUTION_MS);
    if (histogram.count === 0) throw new Error('the event-loop monitor recorded nothing');
    return { value, maxDelayMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

module.exports = { withLoopDelay };
