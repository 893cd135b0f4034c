/**
 * What each option accepts: one rule per option, used wherever an option is
 * given (createClient, setOption, per-call options). A rule returns why a
 * value is refused, or undefined. The `url` option has its own parser
 * (base-url.ts), which also tells why a value is refused.
 */
import { CONNECTION_RULES } from './connection-rules';
import { headerValueProblem } from './headers';
import { MAX_TIMER_MS } from './timer-limit';

export { MAX_TIMER_MS };

type Rule = (value: unknown) => string | undefined;

const isWholeNumber = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isFunctionOrNone = (value: unknown): boolean => value === null || typeof value === 'function';

export const OPTION_RULES: Record<string, Rule> = {
  accessToken: (value) => {
    if (value === null) return undefined;
    if (typeof value !== 'string') return 'must be a string';
    return headerValueProblem(value);
  },
  acceptVersion: (value) => {
    if (typeof value !== 'string' || !value) return 'must be a non-empty string';
    return headerValueProblem(value);
  },
  // 0 and Infinity both mean "no timeout"; NaN fails every comparison, so it is refused too.
  timeout: (value) => (typeof value === 'number' && (value === Infinity || (value >= 0 && value <= MAX_TIMER_MS))
    ? undefined
    : `must be a number of milliseconds from 0 to ${MAX_TIMER_MS} (0 or Infinity: no timeout)`),
  retries: (value) => (isWholeNumber(value) ? undefined : 'must be a whole number, 0 or more'),
  retryAllMethods: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  maxRetryAfter: (value) => (typeof value === 'number' && value >= 0
    ? undefined
    : 'must be a number of milliseconds, 0 or more (Infinity: any wait a timer can make)'),
  onRetry: (value) => (isFunctionOrNone(value) ? undefined : 'must be a function'),
  maxResponseBytes: (value) => (value === Infinity || isWholeNumber(value)
    ? undefined
    : 'must be a whole number of bytes, 0 or more (Infinity: no limit)'),
  validate: (value) => (typeof value === 'boolean' ? undefined : 'must be true or false'),
  fetch: (value) => (isFunctionOrNone(value) ? undefined : 'must be a function'),
  signal: (value) => {
    if (value === null) return undefined;
    const signal = value as { addEventListener?: unknown; removeEventListener?: unknown } | undefined;
    return signal && typeof signal === 'object' && typeof signal.addEventListener === 'function'
      && typeof signal.removeEventListener === 'function'
      ? undefined
      : 'must be an AbortSignal (an object with aborted, addEventListener and removeEventListener)';
  },
  ...CONNECTION_RULES,
};
