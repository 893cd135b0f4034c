/**
 * User-facing options (ClientOptions, CallOptions) and the one internal,
 * fully-defaulted form (NormalizedOptions) that the HTTP layer reads.
 *
 * Options are checked once, where they are given (createClient, setOption, a
 * call's options), by the rules in http/option-rules.ts; what depends on them
 * (the parsed url, the headers every request starts with) is worked out then
 * too, not on every request. A refused value is kept, so that getOption shows
 * it, and every call made while it is in force fails with a Validation error
 * naming it, through the call's own callback or promise, sending nothing.
 */
import { parseBaseUrl, BaseUrl } from './http/url/base-url';
import type { FetchLike } from './http/transport/fetch-types';
import { OPTION_RULES } from './http/option-rules';
import type { TlsOptions } from './http/proxy/tls-option';
import { API_VERSION } from './generated/resources/version';

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  /** Milliseconds until the retry. */
  delay: number;
  method: string;
  /** The request URL (credentials in the base url shown as `[REDACTED]`; never the access token). */
  url: string;
  /** Why the last attempt failed. */
  error: Error;
}

export interface ClientOptions {
  /** API access token, sent as `Authorization: Bearer …`. */
  accessToken?: string | null;
  /** Base URL of the API, without a query or fragment. Default `https://api.losant.com`. */
  url?: string;
  /** Milliseconds before one attempt (answer and body) is aborted with code `ETIMEDOUT`, up to 2^31-1. 0 or Infinity = none (default). */
  timeout?: number;
  /** The `Accept-Version` header. Default `^` and the API version the package is generated from (`^1.30.0`). */
  acceptVersion?: string;
  /** Retries (a whole number) for GET requests on network errors and 429/502/503/504. Default 2. */
  retries?: number;
  /** Also retry non-GET requests on those faults (off by default: they may not be idempotent). */
  retryAllMethods?: boolean;
  /** The longest `Retry-After` (ms) that is waited for; a longer one fails at once. Default 60000. */
  maxRetryAfter?: number;
  /** Called before each retry. */
  onRetry?: ((info: RetryInfo) => void) | null;
  /** Responses larger than this many bytes are refused (Infinity: no limit). Default 8 MiB. */
  maxResponseBytes?: number;
  /** Validate params and bodies before sending. Default true. */
  validate?: boolean;
  /** A WHATWG-style fetch to use instead of the built-in transport (e.g. `globalThis.fetch`); `proxy` and `tls` do not apply to it. */
  fetch?: FetchLike | null;
  /**
   * The HTTP proxy to go through: a URL (`http://user:pass@proxy.corp:3128`, credentials percent-encoded),
   * or `false` to connect directly whatever the environment says. Default: HTTP_PROXY, HTTPS_PROXY and
   * NO_PROXY (either case) as curl reads them. https:// requests go through a CONNECT tunnel.
   */
  proxy?: string | false;
  /** TLS settings for https:// connections to the API (`ca` for a private CA, a client certificate, …). */
  tls?: TlsOptions | null;
}

/** Per-call options (the second argument of every action). They override the client's for that call only. */
export interface CallOptions extends ClientOptions {
  /** Cancels the call (any object with the standard AbortSignal interface). */
  signal?: AbortSignalLike | null;
}

/** The part of AbortSignal we use, so callers on Node 10 can bring any implementation. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface NormalizedOptions {
  accessToken: string | null | undefined;
  url: string;
  timeout: number;
  acceptVersion: string;
  retries: number;
  retryAllMethods: boolean;
  maxRetryAfter: number;
  onRetry: ((info: RetryInfo) => void) | null | undefined;
  maxResponseBytes: number;
  validate: boolean;
  fetch: FetchLike | null | undefined;
  proxy: string | false | undefined;
  tls: TlsOptions | null | undefined;
  signal: AbortSignalLike | null | undefined;
  /** From `url`: where requests go and how the url may be shown. */
  base: BaseUrl;
  /** From `acceptVersion`, `accessToken` and the url's credentials: the headers every request starts with. */
  baseHeaders: Record<string, string>;
  /** Options whose value was refused, name → why. While any is left, every call fails. */
  refused: Record<string, string> | undefined;
}

const DEFAULT_URL = 'https://api.losant.com';

export const DEFAULTS: NormalizedOptions = withHeaders({
  accessToken: undefined,
  url: DEFAULT_URL,
  timeout: 0,
  acceptVersion: `^${API_VERSION}`,
  retries: 2,
  retryAllMethods: false,
  maxRetryAfter: 60000,
  onRetry: undefined,
  maxResponseBytes: 8 * 1024 * 1024,
  validate: true,
  fetch: undefined,
  proxy: undefined,
  tls: undefined,
  signal: undefined,
  base: parseBaseUrl(DEFAULT_URL) as BaseUrl,
  baseHeaders: {},
  refused: undefined,
});

/** Names that are options; anything else in an options object is ignored (never copied over internal fields). */
export function isOptionName(name: string): boolean {
  return name === 'url' || Object.prototype.hasOwnProperty.call(OPTION_RULES, name);
}

/**
 * `base` with the options `given` applied (createClient, a call's options):
 * a value of `undefined` means "not given". Returns `base` itself when nothing changes.
 */
export function applyOptions(base: NormalizedOptions, given: unknown): NormalizedOptions {
  if (given === undefined || given === null) return base;
  if (typeof given !== 'object') return { ...base, refused: { ...base.refused, options: 'must be an object' } };
  const source = given as Record<string, unknown>;
  let next: NormalizedOptions | undefined;
  let headersChange = false;
  for (const name of Object.keys(source)) {
    if (source[name] === undefined || !isOptionName(name)) continue;
    if (!next) next = { ...base };
    assign(next, name, source[name]);
    if (name in HEADER_SOURCES) headersChange = true;
  }
  if (!next) return base;
  return headersChange ? withHeaders(next) : next;
}

/** The options the starting headers depend on. */
const HEADER_SOURCES = { url: 1, accessToken: 1, acceptVersion: 1 };

/** `base` with one option set (setOption); `undefined` restores its default. */
export function setOneOption(base: NormalizedOptions, name: string, value: unknown): NormalizedOptions {
  if (!isOptionName(name)) return base;
  const next = { ...base };
  assign(next, name, value === undefined ? (DEFAULTS as unknown as Record<string, unknown>)[name] : value);
  return withHeaders(next);
}

/** Sets one option on `target` (a fresh copy), noting whether its rule refuses the value. */
function assign(target: NormalizedOptions, name: string, value: unknown): void {
  let why: string | undefined;
  if (name === 'url') {
    const parsed = parseBaseUrl(value);
    if (typeof parsed === 'string') why = parsed;
    else target.base = parsed;
  } else if (value !== undefined) {
    why = OPTION_RULES[name](value);
  }
  (target as unknown as Record<string, unknown>)[name] = value;
  const refused = target.refused;
  if (why) {
    target.refused = { ...refused, [name]: why };
  } else if (refused && refused[name] !== undefined) {
    const rest = { ...refused };
    delete rest[name];
    target.refused = Object.keys(rest).length ? rest : undefined;
  }
}

function withHeaders(options: NormalizedOptions): NormalizedOptions {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Version': options.acceptVersion };
  if (options.accessToken) headers.Authorization = `Bearer ${options.accessToken}`;
  else if (options.base.basic) headers.Authorization = options.base.basic;
  options.baseHeaders = headers;
  return options;
}
