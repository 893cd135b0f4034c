/**
 * The retry ladder: one decision per failed attempt, in a fixed order, so the
 * policy can be read top to bottom.
 */
import type { NormalizedOptions } from '../options';
import type { LosantError } from '../errors';
import { MAX_TIMER_MS } from './timer-limit';
import { parseRetryAfter } from './retry-after';

/** Statuses that mean "try again later" rather than "this request is wrong". */
const RETRY_STATUSES = [429, 502, 503, 504];
/**
 * Transport codes that mean the request never reached the server, so any method is safe to repeat:
 * no connection (to the server or to the proxy), and a proxy that failed before the tunnel or the
 * connection could carry it (proxy-connect.ts).
 */
const NOT_SENT_CODES = [
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN',
  'ERR_PROXY_CONNECT_REFUSED', 'ERR_PROXY_CONNECTION_CLOSED', 'ERR_PROXY_TIMEOUT', 'ERR_PROXY_INVALID_RESPONSE',
];
/** A proxy that wants other credentials, or cannot carry this request: no retry changes that. */
const NEVER_RETRIED_CODES = ['ERR_PROXY_AUTH_REQUIRED', 'ERR_PROXY_UNSUPPORTED_REQUEST'];
const BACKOFF_BASE_MS = 100;
const BACKOFF_CAP_MS = 10000;

/**
 * Milliseconds to wait before retrying, or undefined to give up.
 * `attempt` counts the attempts made so far (1 after the first); `answered`
 * says whether the server's answer came in full (an error built from it) or
 * the attempt failed on the way (an error built by the transport layer).
 */
export function retryDelay(
  options: Pick<NormalizedOptions, 'retries' | 'retryAllMethods' | 'maxRetryAfter'>,
  method: string,
  attempt: number,
  error: LosantError,
  answered: boolean,
  retryAfter: string | null,
  now: number = Date.now(),
): number | undefined {
  // 1. Out of retries.
  if (attempt > options.retries) return undefined;
  const mayRepeat = method === 'GET' || options.retryAllMethods;
  if (!answered) {
    // 2. No complete answer (a body cut off mid-way counts). Timeouts, cancellations,
    //    oversized bodies and our own refusals are final; only transport failures retry.
    if (error.type !== 'Network' || NEVER_RETRIED_CODES.indexOf(error.code || '') !== -1) return undefined;
    // 3. The server never saw it: safe for any method. Otherwise only for GET (or by opt-in).
    if (!mayRepeat && NOT_SENT_CODES.indexOf(error.code || '') === -1) return undefined;
  } else {
    // 4. An answer: only the "try later" statuses, and only where repeating is safe.
    if (RETRY_STATUSES.indexOf(error.statusCode as number) === -1 || !mayRepeat) return undefined;
    // 5. The server said when (in a form we can read): honour it, unless it asks for longer
    //    than we may wait, or than a timer can (maxRetryAfter: Infinity stops there).
    const asked = parseRetryAfter(retryAfter, now);
    if (asked !== undefined) return asked <= options.maxRetryAfter && asked <= MAX_TIMER_MS ? asked : undefined;
  }
  // 6. Exponential backoff with jitter: half fixed, half random, so clients spread out.
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * Math.pow(2, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}
