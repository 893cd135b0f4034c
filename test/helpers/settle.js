'use strict';
// Runs one call in a given style and reports how it settled: how many times
// (counted until the process has nothing left to do, see idle.js, not for a
// fixed grace period), with what error or result.
const { baseline, untilIdle } = require('./idle');

/**
 * `invoke(cb)` makes the call with `cb` as its callback, `invoke()` without
 * one (and returns the promise). Resolves { calls, err, result } once the
 * call has settled and the work it started is over.
 */
async function settle(style, invoke) {
  const before = await baseline();
  return new Promise((resolve, reject) => {
    let calls = 0;
    let first;
    const record = (outcome) => {
      calls += 1;
      if (calls > 1) return;
      first = outcome;
      untilIdle(before).then(() => resolve(Object.assign({}, first, { calls })), reject);
    };
    if (style === 'callback') {
      const returned = invoke((err, result) => record({ err, result, returned }));
      if (returned !== undefined) record({ err: new Error(`a callback call returned ${returned}`) });
    } else {
      // Handlers are attached once, as a caller would.
      invoke().then((result) => record({ err: null, result }), (err) => record({ err }));
    }
  });
}

/** The same call in both styles, one after the other: [{ style, calls, err, result }, …]. */
async function inBothStyles(invoke) {
  const outcomes = [];
  for (const style of ['callback', 'promise']) {
    outcomes.push(Object.assign({ style }, await settle(style, invoke)));
  }
  return outcomes;
}

module.exports = { settle, inBothStyles };
