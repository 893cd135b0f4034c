/**
 * Makes an async function usable both ways, as losant-rest 2.x users expect:
 * with a Node-style callback as the last argument it returns undefined and
 * calls back exactly once; without one it returns the promise.
 *
 * The callback runs later, outside the promise chain (as util.callbackify
 * does): process.nextTick on Node, a microtask in browsers (later.ts and its
 * browser twin). So an exception it throws is an ordinary uncaught exception:
 * never swallowed, never an unhandled rejection, never a second call. Not
 * setTimeout(…, 0): the timer clamp makes sequential callback code several
 * times slower.
 */
import { LosantError, validationError } from './errors';
import { later } from './later';

type Callback<R> = (err: Error | null, result?: R) => void;

/**
 * `release` lets go of what the params hold (an upload's stream) when the call is refused
 * before `run` could take them: a callback that is not a function, or `run` throwing.
 */
export function dual<R>(run: (params: unknown, options: unknown) => Promise<R>, release?: (params: unknown) => void) {
  return function action(params?: unknown, options?: unknown, callback?: unknown): Promise<R> | undefined {
    let done: Callback<R> | undefined;
    let promise: Promise<R>;
    if (typeof params === 'function') {
      done = params as Callback<R>;
      params = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      done = options as Callback<R>;
      options = undefined;
    } else if (typeof callback === 'function') {
      done = callback as Callback<R>;
    }
    if (!done && callback) {
      if (release) release(params);
      promise = Promise.reject(validationError('callback', 'must be a function'));
    } else {
      try {
        promise = run(params, options);
      } catch (err) {
        if (release) release(params);
        promise = Promise.reject(err);
      }
    }
    if (!done) return promise;
    const cb = done;
    promise.then(
      (result) => later(cb, null, result),
      (err) => later(cb, err || falsyRejection(err)),
    );
    return undefined;
  };
}

/** As util.callbackify: a falsy reason still reaches the caller as an Error. */
function falsyRejection(reason: unknown): LosantError {
  return new LosantError('Promise was rejected with a falsy value', { code: 'ERR_FALSY_VALUE_REJECTION', reason });
}
