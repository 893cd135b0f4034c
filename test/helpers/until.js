'use strict';
// Waits for a condition that no event announces (a socket moving to an agent's
// free list, a count on the client's side), checked every couple of
// milliseconds rather than once after a fixed pause: it resolves as soon as
// the condition holds, however slow the machine, and the test's own timeout
// bounds the wait. Real timers, captured now: sinon's fake ones must not stop it.
const realSetTimeout = setTimeout;

function until(check) {
  return new Promise((resolve, reject) => {
    const poll = () => {
      let done;
      try {
        done = check();
      } catch (err) {
        return reject(err);
      }
      return done ? resolve() : realSetTimeout(poll, 2);
    };
    poll();
  });
}

module.exports = { until };
