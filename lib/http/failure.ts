/**
 * The LosantError for an attempt that got no usable answer: timed out,
 * aborted, cut off, too large, or failed in the transport. Whatever fetch is
 * in use (node-fetch or a global fetch that hides the system error in
 * `cause`), the error carries the system code (`ECONNREFUSED`, …) and a
 * message that says what happened.
 */
import { LosantError, isLosantError } from '../errors';
import type { NormalizedOptions } from '../options';
import type { AbortReason } from './abort';
import type { BaseUrl } from './url/base-url';
import { BodyTooLargeError, BROKEN_BODY_CODE, BROKEN_BODY_MESSAGE } from './transport/body';
import { Prepared, summarize } from './prepare';

export function failure(
  reason: unknown, why: AbortReason | undefined, status: number | undefined, options: NormalizedOptions, prepared: Prepared,
): LosantError {
  // Already explained (an invalid redirect, say): pass it on as it is.
  if (isLosantError(reason) && !why) return reason;
  const request = summarize(prepared);
  if (why === 'timeout') {
    return new LosantError(`Request timed out after ${options.timeout} ms`, {
      type: 'Timeout', code: 'ETIMEDOUT', statusCode: status, cause: reason, request,
    });
  }
  if (why === 'caller') return abortedError(prepared, reason);
  // Ours (node-response.ts), or node-fetch's own when it is the caller's fetch: one message for both.
  if (reason instanceof Error && (reason as ErrorLike).code === BROKEN_BODY_CODE) {
    return new LosantError(BROKEN_BODY_MESSAGE, { type: 'Network', code: BROKEN_BODY_CODE, statusCode: status, cause: reason, request });
  }
  if (reason instanceof BodyTooLargeError) {
    return new LosantError(reason.message, { type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE', statusCode: status, request });
  }
  return networkError(reason, status, request, options.base);
}

export function abortedError(prepared: Prepared, cause?: unknown): LosantError {
  return new LosantError('Request aborted by the caller', { type: 'Aborted', code: 'ABORT_ERR', cause, request: summarize(prepared) });
}

interface ErrorLike {
  message?: unknown;
  code?: unknown;
  cause?: ErrorLike;
}

/**
 * What a transport failure says and its system code, wherever the fetch in use
 * put them: node-fetch on the error, global fetch (undici), which says only
 * "fetch failed", on its `cause`.
 */
export function transportFailure(reason: unknown): { message: string; code: string | undefined } {
  if (!(reason instanceof Error)) return { message: `Request failed: ${String(reason)}`, code: undefined };
  const outer = reason as ErrorLike;
  const inner = outer.cause && typeof outer.cause === 'object' ? outer.cause : undefined;
  const code = typeof outer.code === 'string' ? outer.code : inner && typeof inner.code === 'string' ? inner.code : undefined;
  let message = String(reason.message || 'Request failed');
  if (inner && typeof inner.message === 'string' && inner.message && message.indexOf(inner.message) === -1) {
    message = `${message}: ${inner.message}`;
  }
  return { message, code };
}

/** A transport failure; `statusCode` is set when the headers had arrived (the body then failed). */
function networkError(reason: unknown, status: number | undefined, request: ReturnType<typeof summarize>, base: BaseUrl): LosantError {
  const { message, code } = transportFailure(reason);
  return new LosantError(showUrl(message, base), { type: 'Network', code, statusCode: status, cause: reason, request });
}

/**
 * node-fetch quotes the URL it was given. That URL never carries the base
 * url's credentials (base-url.ts); where there were some, the message shows
 * the url as errors show it, with `[REDACTED]@`, so the reader sees which
 * base url was meant.
 */
function showUrl(message: string, base: BaseUrl): string {
  return base.shown === base.wire ? message : message.split(`${base.wire}/`).join(`${base.shown}/`);
}
