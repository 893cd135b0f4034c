/**
 * The options of an event stream, checked before anything is sent, and the
 * reconnection policy.
 */
import { LosantError, RequestSummary, validationError } from '../../errors';
import type { FetchResponseLike } from '../transport/fetch-types';
import { MAX_TIMER_MS } from '../timer-limit';
import type { AbortSignalLike } from '../../options';

/**
 * One GET of the stream URL: `headers` are ours to add (Accept, Cache-Control,
 * Last-Event-ID), `signal` aborts the request and its body (and must destroy
 * the socket). The integrator follows redirects and adds credentials, never
 * to another origin.
 */
export type EventStreamConnect = (headers: Record<string, string>, signal: unknown) => Promise<FetchResponseLike>;

/** The part of AbortSignal used: the client's own AbortSignalLike, so that callers on Node 10 can bring any implementation. */
export type StreamAbortSignal = AbortSignalLike;

export interface EventSourceOptions {
  /** Milliseconds for each connection to open (an answer with its headers); 0 = no limit (default). */
  timeout?: number;
  /** The reconnection time until the server sends `retry:`. Default 1000 ms. */
  reconnectDelay?: number;
  /** The longest wait between failed attempts (unless the server's `retry:` is longer). Default 30000 ms. */
  maxReconnectDelay?: number;
  /** Aborting it rejects a pending open with type `Aborted`, and closes an open stream. */
  signal?: StreamAbortSignal;
  /** The request as errors should show it (credentials redacted); our headers are added to it. */
  request?: RequestSummary;
  /** The most bytes one line or one event's data may take; a stream that sends more is failed for good. Default: no limit. */
  maxEventBytes?: number;
}

export const DEFAULT_RECONNECT_DELAY = 1000;
export const DEFAULT_MAX_RECONNECT_DELAY = 30000;
/** The backoff never starts from less than this, even after `retry: 0`. */
const MIN_BACKOFF_BASE = 100;

export interface Settings {
  connect: EventStreamConnect;
  timeout: number;
  reconnectDelay: number;
  maxReconnectDelay: number;
  signal: StreamAbortSignal | undefined;
  request: RequestSummary | undefined;
  maxEventBytes: number;
}

export function settingsFrom(url: unknown, connect: unknown, options: unknown): Settings | LosantError {
  if (typeof url !== 'string' || !url) return validationError('url', 'must be a non-empty string');
  if (typeof connect !== 'function') return validationError('connect', 'must be a function');
  if (options !== undefined && (options === null || typeof options !== 'object')) return validationError('options', 'must be an object');
  const given = (options || {}) as EventSourceOptions;
  const timeout = milliseconds(given.timeout, 0, 'timeout');
  const reconnectDelay = milliseconds(given.reconnectDelay, DEFAULT_RECONNECT_DELAY, 'reconnectDelay');
  const maxReconnectDelay = milliseconds(given.maxReconnectDelay, DEFAULT_MAX_RECONNECT_DELAY, 'maxReconnectDelay');
  for (const value of [timeout, reconnectDelay, maxReconnectDelay]) {
    if (value instanceof LosantError) return value;
  }
  const maxEventBytes = given.maxEventBytes === undefined ? Infinity : given.maxEventBytes;
  if (typeof maxEventBytes !== 'number' || !(maxEventBytes >= 0)) return validationError('maxEventBytes', 'must be a number of bytes (>= 0)');
  const signal = given.signal;
  if (signal !== undefined && (!signal || typeof signal.addEventListener !== 'function' || typeof signal.removeEventListener !== 'function')) {
    return validationError('signal', 'must be an AbortSignal');
  }
  return {
    connect: connect as EventStreamConnect,
    timeout: timeout as number,
    reconnectDelay: reconnectDelay as number,
    maxReconnectDelay: maxReconnectDelay as number,
    signal,
    request: given.request,
    maxEventBytes,
  };
}

function milliseconds(value: unknown, fallback: number, name: string): number | LosantError {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0) || value === Infinity) return validationError(name, 'must be a number of milliseconds (>= 0)');
  return value;
}

/**
 * The wait before the next attempt. After an open stream ends it is the
 * reconnection time, as the spec says. After `failures` consecutive attempts
 * that did not open (network errors, timeouts) it doubles each time, from at
 * least 100 ms, up to `max` (or the reconnection time, if the server asked for
 * longer), so a dead server is not hammered: 1 s, 2 s, 4 s, … 30 s by default.
 */
export function reconnectWait(reconnectionTime: number, failures: number, max: number): number {
  if (failures === 0) return Math.min(reconnectionTime, MAX_TIMER_MS);
  const backoff = Math.max(reconnectionTime, MIN_BACKOFF_BASE) * Math.pow(2, failures);
  return Math.min(backoff, Math.max(max, reconnectionTime), MAX_TIMER_MS);
}
