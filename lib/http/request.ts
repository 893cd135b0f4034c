/**
 * The one place that does HTTP: builds the request, runs attempts (with
 * timeout, cancellation, redirects and retries) and maps the answer to a
 * result or a LosantError. It never throws synchronously and never rejects
 * with anything but a LosantError.
 */
import { debuglog } from 'util';
import { LosantError, httpError, toLosantError, validationError, RequestSummary } from '../errors';
import type { NormalizedOptions } from '../options';
import { ReasonedAbort } from './abort';
import { readBody, BodyTooLargeError } from './body';
import type { FetchLike, FetchResponseLike } from './fetch-types';
import { retryDelay } from './retry';
import { defaultFetch } from './transport';
import { buildUrl, serializeQuery } from './url';

const debug = debuglog('losant');
const MAX_REDIRECTS = 5;
/** Redirect bodies are read (so the socket can be reused) up to this size, then dropped. */
const REDIRECT_BODY_LIMIT = 64 * 1024;

/** A request before options are applied: what an action (or `client.request`) asks for. */
export interface RequestSpec {
  method: string;
  /** Already expanded and encoded, starting with `/`. */
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
}

interface Prepared {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export async function send(options: NormalizedOptions, spec: RequestSpec): Promise<unknown> {
  const prepared = prepare(options, spec);
  for (let attempt = 1; ; attempt++) {
    const outcome = await attemptOnce(options, prepared);
    if (!outcome.error) return outcome.value;
    const delay = retryDelay(options, prepared.method, attempt, outcome.error, outcome.retryAfter);
    if (delay === undefined) throw outcome.error;
    const info = { attempt, delay, method: prepared.method, url: prepared.url, error: outcome.error };
    debug('retry %d of %s %s in %d ms after: %s', attempt, info.method, info.url, delay, outcome.error.message);
    if (options.onRetry) options.onRetry(info);
    await sleep(delay, options);
  }
}

function prepare(options: NormalizedOptions, spec: RequestSpec): Prepared {
  if (typeof options.url !== 'string' || !/^https?:\/\/[^/]/i.test(options.url)) {
    throw validationError('url', 'must be an absolute http:// or https:// URL');
  }
  const headers: Record<string, string> = { Accept: 'application/json' };
  checkHeader('acceptVersion', options.acceptVersion);
  headers['Accept-Version'] = options.acceptVersion;
  if (options.accessToken) {
    checkHeader('accessToken', options.accessToken);
    headers.Authorization = `Bearer ${options.accessToken}`;
  }
  const body = spec.body === undefined ? undefined : JSON.stringify(spec.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (spec.headers) {
    for (const name of Object.keys(spec.headers)) {
      const value = String(spec.headers[name]);
      checkHeader(name, value);
      headers[name] = value;
    }
  }
  const query = spec.query ? serializeQuery(spec.query) : '';
  return { method: spec.method, url: buildUrl(options.url, spec.path, query), headers, body };
}

/** CR or LF in a header value would let a caller's data forge headers; refuse it before sending. */
function checkHeader(name: string, value: string): void {
  if (/[\r\n]/.test(value)) throw validationError(name, 'must not contain CR or LF characters');
}

interface Outcome {
  value?: unknown;
  error?: LosantError;
  retryAfter: string | null;
}

async function attemptOnce(options: NormalizedOptions, prepared: Prepared): Promise<Outcome> {
  const controller = new ReasonedAbort();
  const caller = options.signal;
  if (caller && caller.aborted) return { error: abortedError(prepared), retryAfter: null };
  const onCallerAbort = () => controller.abort('caller');
  if (caller) caller.addEventListener('abort', onCallerAbort);
  const timer = options.timeout > 0 ? setTimeout(() => controller.abort('timeout'), options.timeout) : undefined;
  const fetch = options.fetch || defaultFetch(() => controller.abort('truncated'));
  let status: number | undefined;
  try {
    const res = await follow(fetch, prepared, controller.signal);
    status = res.status;
    const text = await readBody(res, options.maxResponseBytes);
    return interpret(res, text, prepared);
  } catch (reason) {
    // Whatever went wrong, make sure the socket is released.
    const why = controller.reason;
    controller.abort('caller');
    return { error: failure(reason, why, status, options, prepared), retryAfter: null };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    if (caller) caller.removeEventListener('abort', onCallerAbort);
  }
}

/** Sends the request, following redirects ourselves so credentials never cross origins. */
async function follow(fetch: FetchLike, prepared: Prepared, signal: unknown): Promise<FetchResponseLike> {
  let { method, url, headers, body } = prepared;
  for (let hops = 0; ; hops++) {
    const res = await fetch(url, { method, headers, body, redirect: 'manual', signal });
    const location = isRedirect(res.status) ? res.headers.get('location') : null;
    if (location === null || hops >= MAX_REDIRECTS) return res;
    await readBody(res, REDIRECT_BODY_LIMIT).catch(() => undefined);
    const next = new URL(location, url);
    if (next.origin !== new URL(url).origin && headers.Authorization !== undefined) {
      headers = { ...headers };
      delete headers.Authorization;
    }
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method !== 'GET' && method !== 'HEAD')) {
      method = 'GET';
      body = undefined;
      headers = { ...headers };
      delete headers['Content-Type'];
    }
    url = next.toString();
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function interpret(res: FetchResponseLike, text: string, prepared: Prepared): Outcome {
  const status = res.status;
  if (status >= 200 && status < 300) {
    if (status === 204) return { value: undefined, retryAfter: null };
    try {
      return { value: JSON.parse(text), retryAfter: null };
    } catch (cause) {
      const error = new LosantError(`The server answered ${status} with a body that is not valid JSON`, {
        statusCode: status, type: 'InvalidResponse', code: 'ERR_INVALID_JSON', cause, request: summarize(prepared),
      });
      return { error, retryAfter: null };
    }
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch (_) {
    body = undefined;
  }
  return {
    error: httpError(status, res.statusText, body, text, summarize(prepared)),
    retryAfter: res.headers.get('retry-after'),
  };
}

function failure(
  reason: unknown, why: string | undefined, status: number | undefined, options: NormalizedOptions, prepared: Prepared,
): LosantError {
  const request = summarize(prepared);
  if (why === 'timeout') {
    return new LosantError(`Request timed out after ${options.timeout} ms`, {
      type: 'Timeout', code: 'ETIMEDOUT', statusCode: status, cause: reason, request,
    });
  }
  if (why === 'caller') return abortedError(prepared, reason);
  if (why === 'truncated') {
    return new LosantError('The connection closed before the response body was complete', {
      type: 'Network', code: 'ERR_STREAM_PREMATURE_CLOSE', statusCode: status, cause: reason, request,
    });
  }
  if (reason instanceof BodyTooLargeError) {
    return new LosantError(reason.message, { type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE', statusCode: status, request });
  }
  return toLosantError(reason, request);
}

function abortedError(prepared: Prepared, cause?: unknown): LosantError {
  return new LosantError('Request aborted by the caller', { type: 'Aborted', code: 'ABORT_ERR', cause, request: summarize(prepared) });
}

/** The request as it may appear in an error or a log: the Authorization value is redacted. */
function summarize(prepared: Prepared): RequestSummary {
  const headers = { ...prepared.headers };
  if (headers.Authorization !== undefined) headers.Authorization = 'Bearer [REDACTED]';
  return { method: prepared.method, url: prepared.url, headers };
}

/** Waits between attempts; the caller's signal ends the wait (and the call) at once. */
function sleep(ms: number, options: NormalizedOptions): Promise<void> {
  const caller = options.signal;
  return new Promise((resolve, reject) => {
    const done = () => {
      if (caller) caller.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      clearTimeout(timer);
      caller!.removeEventListener('abort', onAbort);
      reject(new LosantError('Request aborted by the caller', { type: 'Aborted', code: 'ABORT_ERR' }));
    };
    const timer = setTimeout(done, ms);
    if (caller) caller.addEventListener('abort', onAbort);
  });
}
