/**
 * How deep the checker follows a value: JSON nested a hundred thousand levels
 * deep (a caller's bug, or a hostile body sent to the emulator, which uses
 * the same checker) must give a validation problem, never a RangeError from
 * a stack that ran out.
 */
import type { ValidationIssue } from './types';

/** Far deeper than any request of the API; each level takes a few stack frames. */
export const MAX_DEPTH = 1000;

/** The problem, reported at the root: a path a thousand levels long would be no help to read. */
export function tooDeep(): ValidationIssue {
  return { instancePath: '', keyword: 'maxDepth', params: { limit: MAX_DEPTH }, message: `is nested too deeply (more than ${MAX_DEPTH} levels)` };
}

/** Runs a check; a stack that runs out on the way (a deep value under `enum`, say) is the same problem. */
export function stackSafe(run: () => ValidationIssue | undefined): ValidationIssue | undefined {
  try {
    return run();
  } catch (err) {
    if (err instanceof RangeError) return tooDeep();
    throw err;
  }
}
