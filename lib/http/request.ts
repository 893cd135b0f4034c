/**
 * The one place that does HTTP: builds the request, runs attempts (with
 * timeout, cancellation, redirects and retries) and maps the answer to a
 * result or a LosantError. It never throws synchronously and rejects with
 * nothing but a LosantError, except that an exception thrown by the caller's
 * own `onRetry` hook ends the call with that exception.
 */
import { LosantError } from '../errors';
import { httpErrorFromText } from './http-error';
import type { NormalizedOptions } from '../options';
import { ReasonedAbort } from './abort';
import { discardBody, readBody } from './transport/body';
import { debug } from './debug-log';
import { abortedError, failure } from './failure';
import type { FetchResponseLike } from './transport/fetch-types';
import { prepare, Prepared, RequestSpec, summarize } from './prepare';
import { follow } from './redirect';
import { retryDelay } from './retry';
import { fetchFor } from './transport/transport';

export type { RequestSpec } from './prepare';

export function send(options: NormalizedOptions, spec: RequestSpec): Promise<unknown> {
  let prepared: Prepared;
  try {
    prepared = prepare(options, spec);
  } catch (err) {
    // Refused before sending: an upload's streams go with the call all the same (their files are closed).
    if (spec.form) for (const field of spec.form) discardBody(field.value);
    return Promise.reject(err);
  }
  // The first attempt without an async frame of its own: nearly every call needs no retry.
  const result = attemptOnce(options, prepared).then((outcome) => (outcome.error ? retry(options, prepared, outcome) : outcome.value));
  if (prepared.replayable) return result;
  // An upload streamed from a file goes with the call, sent or not (refused before
  // sending, say): destroyed, it closes its file; once read to its end this changes nothing.
  const release = () => discardBody(prepared.body);
  return result.then((value) => {
    release();
    return value;
  }, (error) => {
    release();
    throw error;
  });
}

async function retry(options: NormalizedOptions, prepared: Prepared, first: Outcome): Promise<unknown> {
  let outcome = first;
  for (let attempt = 1; ; attempt++) {
    const error = outcome.error as LosantError;
    // An upload streamed from a file was consumed by the first send: it cannot be sent again.
    const delay = prepared.replayable ? retryDelay(options, prepared.method, attempt, error, outcome.answered, outcome.retryAfter) : undefined;
    if (delay === undefined) throw error;
    const info = { attempt, delay, method: prepared.method, url: prepared.shownUrl, error };
    debug('retry %d of %s %s in %d ms after: %s', attempt, info.method, info.url, delay, error.message);
    if (options.onRetry) options.onRetry(info);
    await sleep(delay, options, prepared);
    outcome = await attemptOnce(options, prepared);
    if (!outcome.error) return outcome.value;
  }
}

interface Outcome {
  value?: unknown;
  error?: LosantError;
  /** True when the server's answer came in full (a status and a whole body), false for a transport failure. */
  answered: boolean;
  retryAfter: string | null;
}

async function attemptOnce(options: NormalizedOptions, prepared: Prepared): Promise<Outcome> {
  const controller = new ReasonedAbort(!!options.fetch);
  const caller = options.signal;
  if (caller && caller.aborted) return { error: abortedError(prepared), answered: false, retryAfter: null };
  const onCallerAbort = () => controller.abort('caller');
  if (caller) caller.addEventListener('abort', onCallerAbort);
  // 0 and Infinity mean no timeout; the option rules keep any other value within what a timer can wait.
  const timeout = options.timeout;
  const timer = timeout > 0 && timeout !== Infinity ? setTimeout(() => controller.abort('timeout'), timeout) : undefined;
  let status: number | undefined;
  const route = { redirects: 0 };
  try {
    const res = await follow(fetchFor(options), prepared, controller.signal, route);
    status = res.status;
    // A timeout or an abort stops the reading even where the fetch no longer listens (its raw
    // body had all come, and only the decoding was left): the body and its decoder are dropped.
    const text = await readBody(res, options.maxResponseBytes, isBodiless(prepared.method, res.status), (stop) => controller.onAbort(stop));
    return interpret(res, text, prepared);
  } catch (reason) {
    // Whatever went wrong, make sure the socket is released.
    const why = controller.reason;
    controller.abort('caller');
    return { error: failure(reason, why, status, options, prepared), answered: false, retryAfter: null };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (caller) caller.removeEventListener('abort', onCallerAbort);
    // A redirect's body that had not ended when the next answer came (redirect.ts) ends with the attempt.
    if (route.redirects) controller.abort('caller');
  }
}

/** Answers that never have a body (RFC 9110), whatever their Content-Length says: to a HEAD, and 204 and 304. */
function isBodiless(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304;
}

function interpret(res: FetchResponseLike, text: string, prepared: Prepared): Outcome {
  const status = res.status;
  if (status >= 200 && status < 300) {
    // No body by definition: HEAD, 204 No Content, 205 Reset Content.
    if (status === 204 || status === 205 || prepared.method === 'HEAD') return { value: undefined, answered: true, retryAfter: null };
    try {
      return { value: JSON.parse(text), answered: true, retryAfter: null };
    } catch (cause) {
      const error = new LosantError(`The server answered ${status} with a body that is not valid JSON`, {
        statusCode: status, type: 'InvalidResponse', code: 'ERR_INVALID_JSON', cause, request: summarize(prepared),
      });
      return { error, answered: true, retryAfter: null };
    }
  }
  return {
    error: httpErrorFromText(status, res.statusText, text, summarize(prepared)),
    answered: true,
    retryAfter: res.headers.get('retry-after'),
  };
}

/** Waits between attempts; the caller's signal ends the wait (and the call) at once. */
function sleep(ms: number, options: NormalizedOptions, prepared: Prepared): Promise<void> {
  const caller = options.signal;
  // Aborted from inside onRetry, say: an abort event will not come again.
  if (caller && caller.aborted) return Promise.reject(abortedError(prepared));
  return new Promise((resolve, reject) => {
    const done = () => {
      if (caller) caller.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      clearTimeout(timer);
      caller!.removeEventListener('abort', onAbort);
      reject(abortedError(prepared));
    };
    const timer = setTimeout(done, ms);
    if (caller) caller.addEventListener('abort', onAbort);
  });
}
