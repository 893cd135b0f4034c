/**
 * Turns a request spec plus options into what goes on the wire, refusing
 * header values that could forge headers, and makes the redacted copy of a
 * request that errors and logs may show.
 */
import { validationError, RequestSummary } from '../errors';
import type { NormalizedOptions } from '../options';
import { buildUrl, serializeQuery } from './url';

/** A request before options are applied: what an action (or `client.request`) asks for. */
export interface RequestSpec {
  method: string;
  /** Already expanded and encoded, starting with `/`. */
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Prepared {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** Characters an HTTP header value may hold (RFC 7230 field-content, as Node checks it). */
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const CR_LF = /[\r\n]/;
/** An RFC 7230 token: what a header name may be. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The last base URL that parsed, so the check costs one string comparison per call. */
let checkedUrl = '';

function checkUrl(url: unknown): void {
  if (url === checkedUrl) return;
  let parsed: URL | undefined;
  try {
    parsed = typeof url === 'string' ? new URL(url) : undefined;
  } catch (_) {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw validationError('url', 'must be an absolute http:// or https:// URL');
  }
  checkedUrl = url as string;
}

export function prepare(options: NormalizedOptions, spec: RequestSpec): Prepared {
  checkUrl(options.url);
  if (!TOKEN.test(spec.method)) throw validationError('request.method', 'is not a valid HTTP method');
  if (spec.body !== undefined && (spec.method === 'GET' || spec.method === 'HEAD')) {
    throw validationError('request.body', `cannot be sent with ${spec.method}`);
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
      if (!TOKEN.test(name)) throw validationError(name, 'is not a valid HTTP header name');
      const value = String(spec.headers[name]);
      checkHeader(name, value);
      headers[name] = value;
    }
  }
  const query = spec.query ? serializeQuery(spec.query) : '';
  return { method: spec.method, url: buildUrl(options.url, spec.path, query), headers, body };
}

/**
 * CR or LF in a header value would let a caller's data forge headers; refuse
 * it (and any other character HTTP forbids there) before sending. The message
 * never quotes the value: it may be the access token.
 */
function checkHeader(name: string, value: string): void {
  if (CR_LF.test(value)) throw validationError(name, 'must not contain CR or LF characters');
  if (BAD_VALUE.test(value)) throw validationError(name, 'contains a character that is not allowed in an HTTP header');
}

/** Header names (any case) that carry credentials: never sent to another origin, never shown. */
function isCredential(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'authorization' || lower === 'cookie';
}

/** The headers without credentials, for a redirect to another origin. */
export function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    if (!isCredential(name)) kept[name] = headers[name];
  }
  return kept;
}

/** The request as it may appear in an error or a log: credentials in headers and URL are redacted. */
export function summarize(prepared: Prepared): RequestSummary {
  const headers: Record<string, string> = {};
  for (const name of Object.keys(prepared.headers)) {
    headers[name] = isCredential(name) ? redactValue(prepared.headers[name]) : prepared.headers[name];
  }
  return { method: prepared.method, url: redactUrl(prepared.url), headers };
}

function redactValue(value: string): string {
  return /^Bearer /i.test(value) ? 'Bearer [REDACTED]' : '[REDACTED]';
}

/** `http://user:secret@host/…` → `http://[REDACTED]@host/…`, wherever a URL appears in the text. */
export function redactUrl(text: string): string {
  return text.replace(/(https?:\/\/)[^\s/?#@]*@/gi, '$1[REDACTED]@');
}
