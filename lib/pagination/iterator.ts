/**
 * The page iterator of `client.paginate.iterator`: a plain object with `next()` and
 * `return()` (no async generator, so the package still parses on Node 8), which is
 * `for await`-able where the runtime has `Symbol.asyncIterator` (Node 10 and later).
 * A page is requested only when `next()` asks for it: leaving a loop early sends
 * nothing more. Calls to `next()` made before the last one settled wait their turn.
 */
import type { Walk } from './walk';

type Result = { done: boolean; value: unknown };

const DONE: Result = { done: true, value: undefined };
const ignore = () => undefined;

/** `started`: the walk, checked and set up when the iterator was made (a refusal reaches the first `next()`). */
export function pageIterator(started: Promise<Walk>): unknown {
  // Not an unhandled rejection when no `next()` ever comes.
  started.catch(ignore);
  let ended = false;
  let turn: Promise<unknown> = Promise.resolve();

  function step(): Promise<Result> {
    if (ended) return Promise.resolve(DONE);
    return started.then((w) => w.next()).then((page) => {
      if (page === undefined) {
        ended = true;
        return DONE;
      }
      return { done: false, value: page };
    }, (err) => {
      ended = true;
      throw err;
    });
  }

  const iterator: Record<string | symbol, unknown> = {
    next(): Promise<Result> {
      const result = turn.then(step);
      turn = result.then(ignore, ignore);
      return result;
    },
    return(): Promise<Result> {
      ended = true;
      return Promise.resolve(DONE);
    },
  };
  if (typeof Symbol === 'function' && typeof Symbol.asyncIterator === 'symbol') {
    iterator[Symbol.asyncIterator] = function self(this: unknown) { return this; };
  }
  return iterator;
}
