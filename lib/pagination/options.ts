/**
 * The options of `client.paginate`, split once at the start of a walk: its own
 * (`maxItems`, `maxPages`, and `timeout` and `signal`, which cover the whole walk) and
 * the rest, which each page is sent with, as the caller would send them by hand.
 */
import { validationError } from '../errors';
import { OPTION_RULES } from '../http/option-rules';
import type { AbortSignalLike } from '../options';

export interface WalkLimits {
  /** Infinity: no bound. */
  readonly maxItems: number;
  readonly maxPages: number;
  /** Milliseconds for the whole walk; 0: none. */
  readonly timeout: number;
  readonly signal: AbortSignalLike | undefined;
}

export interface WalkOptions {
  readonly limits: WalkLimits;
  /** The call options of every page (undefined when the caller gave none). */
  readonly pageOptions: Record<string, unknown> | undefined;
}

const OWN = ['maxItems', 'maxPages', 'timeout', 'signal'];

function bound(name: string, value: unknown): number {
  if (value === undefined || value === Infinity) return Infinity;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw validationError(name, 'must be a whole number from 1 (Infinity: no bound)');
}

/** Checks the options of a walk; a refused one throws the Validation error the caller gets. */
export function walkOptions(value: unknown): WalkOptions {
  if (value === undefined || value === null) {
    return { limits: { maxItems: Infinity, maxPages: Infinity, timeout: 0, signal: undefined }, pageOptions: undefined };
  }
  if (typeof value !== 'object') throw validationError('options', 'must be an object');
  const given = value as Record<string, unknown>;
  for (const name of ['timeout', 'signal']) {
    const why = given[name] === undefined ? undefined : OPTION_RULES[name](given[name]);
    if (why) throw validationError(name, why);
  }
  const timeout = typeof given.timeout === 'number' && given.timeout !== Infinity ? given.timeout : 0;
  const limits: WalkLimits = {
    maxItems: bound('maxItems', given.maxItems),
    maxPages: bound('maxPages', given.maxPages),
    timeout,
    signal: (given.signal || undefined) as AbortSignalLike | undefined,
  };
  let pageOptions: Record<string, unknown> | undefined;
  for (const name of Object.keys(given)) {
    if (OWN.indexOf(name) !== -1) continue;
    (pageOptions || (pageOptions = {}))[name] = given[name];
  }
  return { limits, pageOptions };
}
