/**
 * Turns a request spec plus options into what goes on the wire, refusing
 * what cannot be sent, and makes the redacted copy of a request that errors
 * and logs may show. The options were checked when they were set, so only
 * the request's own parts are checked here.
 */
import { validationError, RequestSummary } from '../errors';
import type { NormalizedOptions } from '../options';
import { deleteHeader, hasHeader, headerValueProblem, isCredential, setHeader, TOKEN } from './headers';
import { FormField, formBody } from './uploads/form-body';
import { jsonText } from './json-text';
import { serializeQuery, toText } from './url/url';

/** A request before options are applied: what an action (or `client.request`) asks for. */
export interface RequestSpec {
  method: string;
  /** Already expanded and encoded, starting with `/`. */
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  body?: unknown;
  /** How errors name the body (`organization`, `request.body`). */
  bodyName?: string;
  /** The fields of a multipart/form-data body (upload actions), in order; instead of `body`. */
  form?: FormField[];
}

export interface Prepared {
  method: string;
  /** What is sent: never carries credentials (see base-url.ts). */
  url: string;
  /** What errors, hooks and logs show: `[REDACTED]@` where the base url had credentials. */
  shownUrl: string;
  headers: Record<string, string>;
  /** JSON text, or an upload's body (a Buffer, or a Readable sent once). */
  body: unknown;
  /** False when the body is a stream that one send consumes: then the request is never repeated. */
  replayable: boolean;
}

export function prepare(options: NormalizedOptions, spec: RequestSpec): Prepared {
  if (!TOKEN.test(spec.method)) throw validationError('request.method', 'is not a valid HTTP method');
  if (spec.body !== undefined && (spec.method === 'GET' || spec.method === 'HEAD')) {
    throw validationError('request.body', `cannot be sent with ${spec.method}`);
  }
  const headers = { ...options.baseHeaders };
  let body: unknown;
  let replayable = true;
  if (spec.form) {
    const form = formBody(spec.form);
    body = form.body;
    replayable = form.replayable;
    Object.assign(headers, form.headers);
  } else if (spec.body !== undefined) {
    body = jsonText(spec.bodyName || 'request.body', spec.body);
    headers['Content-Type'] = 'application/json';
  }
  if (spec.headers) {
    // The caller's headers last: whatever the case of their names, theirs win and each is sent once.
    mergeHeaders(headers, spec.headers);
    // Framing is the transport's: a body of known length (or none) goes with Content-Length, so a
    // caller's Transfer-Encoding goes only with a streamed body of unknown length. Never both (RFC 9112).
    if (replayable || hasHeader(headers, 'content-length')) deleteHeader(headers, 'transfer-encoding');
  }
  const query = spec.query ? queryText(spec.query) : '';
  const path = query ? `${spec.path}?${query}` : spec.path;
  const { wire, shown } = options.base;
  const url = wire + path;
  return { method: spec.method, url, shownUrl: shown === wire ? url : shown + path, headers, body, replayable };
}

/** The query string; a stack that runs out on a value nested too deeply is the caller's mistake, not a crash. */
function queryText(query: Record<string, unknown>): string {
  try {
    return serializeQuery(query);
  } catch (err) {
    if (err instanceof RangeError) throw validationError('query', 'is nested too deeply', err);
    throw err;
  }
}

function mergeHeaders(headers: Record<string, string>, given: Record<string, unknown>): void {
  for (const name of Object.keys(given)) {
    const raw = given[name];
    if (raw === undefined || raw === null) continue;
    if (!TOKEN.test(name)) throw validationError(name, 'is not a valid HTTP header name');
    if (typeof raw === 'object' || typeof raw === 'function') throw validationError(name, 'must be a string');
    const value = toText(name, raw);
    const problem = headerValueProblem(value);
    if (problem) throw validationError(name, problem);
    setHeader(headers, name, value);
  }
}

/** The request as it may appear in an error or a log: credentials in headers and URL are redacted. */
export function summarize(prepared: Prepared): RequestSummary {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(prepared.headers)) {
    headers[name] = isCredential(name) ? redactValue(prepared.headers[name]) : prepared.headers[name];
  }
  return { method: prepared.method, url: prepared.shownUrl, headers };
}

function redactValue(value: string): string {
  return /^Bearer /i.test(value) ? 'Bearer [REDACTED]' : '[REDACTED]';
}
