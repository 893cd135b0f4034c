'use strict';
// "Nothing left to do": waits until the process's active resources (timers,
// sockets in use, DNS look-ups, …) are back to what they were before a call.
// A second callback, a request sent late or a retry timer left behind then
// shows up in the test that caused it, however late it comes, rather than
// only within a fixed grace period (or in the next test). The loopback
// servers in test/helpers unref the sockets they accept, and idle keep-alive
// sockets of the client are unref'd by Node, so only work still to be done
// counts. Needs process.getActiveResourcesInfo (Node >= 17.3, as mocha does).

// Captured now: tests that fake timers with sinon must not stop this helper's own clock.
const realSetTimeout = setTimeout;
const realSetImmediate = setImmediate;

/** The active resources by type, e.g. { Timeout: 1, TCPSocketWrap: 2 }. */
function snapshot() {
  if (typeof process.getActiveResourcesInfo !== 'function') {
    throw new Error('test/helpers/idle.js needs process.getActiveResourcesInfo (Node >= 17.3)');
  }
  const counts = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] || 0) + 1;
  return counts;
}

/**
 * The snapshot to compare against, taken on the next turn of the event loop:
 * mocha arms a test's own timeout timer only once the test function has
 * returned its promise, and that timer must be part of the baseline.
 */
function baseline() {
  return new Promise((resolve) => realSetImmediate(() => resolve(snapshot())));
}

/** What is active beyond `baseline`, as ['Timeout ×1', …]. */
function beyond(baseline) {
  const now = snapshot();
  return Object.keys(now).filter((type) => now[type] > (baseline[type] || 0)).map((type) => `${type} ×${now[type] - (baseline[type] || 0)}`);
}

/**
 * Resolves once nothing beyond `baseline` is active on two checks in a row
 * (with a turn of the event loop between them, so pending callbacks run);
 * rejects, naming what is still active, after `limitMs`.
 */
function untilIdle(baseline, limitMs) {
  const limit = limitMs === undefined ? 10000 : limitMs;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    let quiet = 0;
    // Checked from an immediate: inside a timer's own callback that timer still counts as active.
    const check = () => {
      const busy = beyond(baseline);
      if (busy.length === 0) {
        quiet += 1;
        if (quiet >= 2) return resolve();
      } else {
        quiet = 0;
        if (Date.now() - started > limit) return reject(new Error(`still busy ${limit} ms after the call settled: ${busy.join(', ')}`));
      }
      return realSetTimeout(() => realSetImmediate(check), 2);
    };
    realSetImmediate(check);
  });
}

module.exports = { baseline, snapshot, untilIdle };
