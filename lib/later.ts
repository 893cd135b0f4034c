/**
 * Runs a callback soon, outside any promise chain, so that an exception it
 * throws is an ordinary uncaught exception (dual.ts relies on this).
 * Node: process.nextTick, which has no timer clamping. The browser build uses
 * later.browser.ts instead, with no `process` at all.
 */
export function later(fn: (first: any, second?: any) => void, first: unknown, second?: unknown): void {
  // The callback gets exactly the arguments given: `(err)` alone, or `(null, result)`.
  if (arguments.length > 2) process.nextTick(fn, first, second);
  else process.nextTick(fn, first);
}
