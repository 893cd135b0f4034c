/**
 * User-facing options (ClientOptions, CallOptions) and the one internal,
 * fully-defaulted form (NormalizedOptions) that the HTTP layer reads.
 */
import type { FetchLike } from './http/fetch-types';

export interface RetryInfo {
  /** 1 for the first retry. */
  attempt: number;
  /** Milliseconds until the retry. */
  delay: number;
  method: string;
  /** The request URL (never contains the access token). */
  url: string;
  /** Why the last attempt failed. */
  error: Error;
}

export interface ClientOptions {
  /** API access token, sent as `Authorization: Bearer …`. */
  accessToken?: string;
  /** Base URL of the API. Default `https://api.losant.com`. */
  url?: string;
  /** Milliseconds before one attempt (answer and body) is aborted with code `ETIMEDOUT`. 0 = none (default). */
  timeout?: number;
  /** The `Accept-Version` header. Default `^1.25.0`. */
  acceptVersion?: string;
  /** Retries for GET requests on network errors and 429/502/503/504. Default 2. */
  retries?: number;
  /** Also retry non-GET requests on those faults (off by default: they may not be idempotent). */
  retryAllMethods?: boolean;
  /** The longest `Retry-After` (ms) that is waited for; a longer one fails at once. Default 60000. */
  maxRetryAfter?: number;
  /** Called before each retry. */
  onRetry?: (info: RetryInfo) => void;
  /** Responses larger than this many bytes are refused. Default 8 MiB. */
  maxResponseBytes?: number;
  /** Validate params and bodies before sending. Default true. */
  validate?: boolean;
  /** A WHATWG-style fetch to use instead of the built-in node-fetch with keep-alive (e.g. `globalThis.fetch`). */
  fetch?: FetchLike;
}

/** Per-call options (the second argument of every action). They override the client's for that call only. */
export interface CallOptions extends ClientOptions {
  /** Cancels the call (any object with the standard AbortSignal interface). */
  signal?: AbortSignalLike;
}

/** The part of AbortSignal we use, so callers on Node 10 can bring any implementation. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface NormalizedOptions {
  accessToken: string | undefined;
  url: string;
  timeout: number;
  acceptVersion: string;
  retries: number;
  retryAllMethods: boolean;
  maxRetryAfter: number;
  onRetry: ((info: RetryInfo) => void) | undefined;
  maxResponseBytes: number;
  validate: boolean;
  fetch: FetchLike | undefined;
  signal: AbortSignalLike | undefined;
}

export const DEFAULTS: NormalizedOptions = {
  accessToken: undefined,
  url: 'https://api.losant.com',
  timeout: 0,
  acceptVersion: '^1.25.0',
  retries: 2,
  retryAllMethods: false,
  maxRetryAfter: 60000,
  onRetry: undefined,
  maxResponseBytes: 8 * 1024 * 1024,
  validate: true,
  fetch: undefined,
  signal: undefined,
};

/** Options whose value is not given are left as they were (`undefined` means "not given"). */
export function mergeOptions(base: NormalizedOptions, overrides: CallOptions | undefined): NormalizedOptions {
  if (!overrides) return base;
  const merged: NormalizedOptions = { ...base };
  const target = merged as unknown as Record<string, unknown>;
  const source = overrides as unknown as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    if (source[key] !== undefined) target[key] = source[key];
  }
  return merged;
}
