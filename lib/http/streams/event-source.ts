/**
 * Server-Sent Events with the W3C EventSource interface, over an injected
 * `connect` (one GET of the stream URL), so that this module knows nothing of
 * node-fetch, agents, proxies, redirects or credentials, and a browser build
 * can use it over `fetch` (the native EventSource cannot send a token).
 *
 * `openEventSource` resolves once the first connection is open, or rejects
 * with a LosantError, as losant-rest 2.x does. After that the stream follows
 * the WHATWG rules: a lost connection is announced by an `error` event and
 * re-established after the reconnection time (1000 ms unless the server sent
 * `retry:`), with `Last-Event-ID`; a reconnect answered with anything but an
 * event stream (a non-200 status, 204 included, or another Content-Type)
 * fails the stream for good. Consecutive failed attempts back off (see
 * `reconnectWait`). Every connection, the first included, dispatches `open`.
 */
import { LosantError } from '../../errors';
import { StreamConnection, streamHeaders, summarize } from './sse-connection';
import { abortedError } from './sse-errors';
import { StreamEventTarget } from './sse-listeners';
import type { ParsedEvent } from './sse-parser';
import { EventSourceOptions, EventStreamConnect, reconnectWait, settingsFrom, Settings } from './sse-settings';

export type { StreamEvent, StreamMessageEvent, StreamErrorEvent, StreamListener } from './sse-listeners';
export type { EventSourceOptions, EventStreamConnect, StreamAbortSignal } from './sse-settings';
export { DEFAULT_RECONNECT_DELAY, DEFAULT_MAX_RECONNECT_DELAY } from './sse-settings';

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 2;

interface Opening {
  resolve(source: LosantEventSource): void;
  reject(error: LosantError): void;
}

export class LosantEventSource extends StreamEventTarget {
  static readonly CONNECTING = CONNECTING;
  static readonly OPEN = OPEN;
  static readonly CLOSED = CLOSED;
  get CONNECTING(): 0 { return CONNECTING; }
  get OPEN(): 1 { return OPEN; }
  get CLOSED(): 2 { return CLOSED; }
  /** Always false: credentials are the `connect` function's business. */
  get withCredentials(): boolean { return false; }
  /** 0 CONNECTING, 1 OPEN, 2 CLOSED. */
  get readyState(): number { return this.state; }

  private state = CONNECTING;
  private connection: StreamConnection | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private startTimer: ReturnType<typeof setTimeout> | undefined;
  private lastEventId = '';
  private reconnectionTime: number;
  /** Consecutive attempts that failed without opening. */
  private failures = 0;
  private origin = 'null';
  private readonly onCallerAbort = () => {
    if (this.opening) this.rejectOpening(abortedError(this.connection ? this.connection.request : this.summary()));
    else this.close();
  };

  private constructor(readonly url: string, private readonly settings: Settings, private opening: Opening | undefined) {
    super();
    this.reconnectionTime = settings.reconnectDelay;
  }

  /** See `openEventSource`. */
  static open(url: string, connect: EventStreamConnect, options?: EventSourceOptions): Promise<LosantEventSource> {
    return new Promise((resolve, reject) => {
      const settings = settingsFrom(url, connect, options);
      if (settings instanceof LosantError) return reject(settings);
      const source = new LosantEventSource(url, settings, { resolve, reject });
      const signal = settings.signal;
      if (signal && signal.aborted) return reject(abortedError(source.summary()));
      if (signal) signal.addEventListener('abort', source.onCallerAbort);
      source.attempt();
    });
  }

  /** Ends the connection at once; no event is dispatched afterwards. */
  close(): void {
    if (this.state !== CLOSED) this.shutdown();
  }

  private attempt(): void {
    const { connect, timeout, request, maxEventBytes } = this.settings;
    this.connection = new StreamConnection(connect, this.url, this.lastEventId, { timeout, maxEventBytes }, request, {
      open: (origin) => this.opened(origin),
      refused: (error) => this.refused(error),
      failed: (error) => this.failed(error),
      message: (id, event) => this.received(id, event),
      retry: (ms) => {
        this.reconnectionTime = ms;
      },
      ended: (error) => this.reconnect(error),
    });
  }

  private opened(origin: string): void {
    this.state = OPEN;
    this.failures = 0;
    this.origin = origin;
    const connection = this.connection as StreamConnection;
    const start = () => {
      this.dispatchEvent({ type: 'open', target: this });
      // Reads nothing if an `open` listener closed the stream: that closed the connection.
      connection.read(this.lastEventId);
    };
    if (!this.opening) return start();
    const { resolve } = this.opening;
    this.opening = undefined;
    resolve(this);
    // Reading starts on a macrotask: first the promise's continuations (and a
    // callback delivered by process.nextTick or queueMicrotask) add listeners.
    this.startTimer = setTimeout(() => {
      this.startTimer = undefined;
      start();
    }, 0);
  }

  private received(lastEventId: string, event: ParsedEvent | null): void {
    this.lastEventId = lastEventId;
    if (event) this.dispatchEvent({ type: event.type, data: event.data, lastEventId, origin: this.origin, target: this });
  }

  private refused(error: LosantError): void {
    if (this.opening) return this.rejectOpening(error);
    this.shutdown();
    this.dispatchEvent({ type: 'error', message: error.message, status: error.statusCode, error, target: this });
  }

  private failed(error: LosantError): void {
    if (this.opening) return this.rejectOpening(error);
    this.failures++;
    this.reconnect(error);
  }

  /** Announces the lost connection and tries again after the wait. */
  private reconnect(error: LosantError | undefined): void {
    this.connection = undefined;
    this.state = CONNECTING;
    const wait = reconnectWait(this.reconnectionTime, this.failures, this.settings.maxReconnectDelay);
    const why = error ? error.message : 'The server ended the event stream';
    this.dispatchEvent({ type: 'error', message: `${why}; reconnecting in ${wait} ms`, error, target: this });
    // An `error` listener may have closed the stream.
    if (this.state === CLOSED) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.attempt();
    }, wait);
  }

  private rejectOpening(error: LosantError): void {
    const { reject } = this.opening as Opening;
    this.opening = undefined;
    this.shutdown();
    reject(error);
  }

  /** CLOSED, with nothing left running: no socket, no timer, no listener on the caller's signal. */
  private shutdown(): void {
    this.state = CLOSED;
    if (this.connection) this.connection.close();
    this.connection = undefined;
    clearTimeout(this.retryTimer as ReturnType<typeof setTimeout>);
    clearTimeout(this.startTimer as ReturnType<typeof setTimeout>);
    if (this.settings.signal) this.settings.signal.removeEventListener('abort', this.onCallerAbort);
  }

  private summary() {
    return summarize(this.url, this.settings.request, streamHeaders(this.lastEventId));
  }
}

/**
 * Opens an event stream. `connect(headers, signal)` performs one GET of `url`
 * with the given extra headers and abort signal, follows redirects and adds
 * credentials itself. Resolves with the open LosantEventSource; rejects with
 * a LosantError (`Validation`, an API error with its `statusCode`,
 * `InvalidResponse`, `Network`, `Timeout` or `Aborted`) when the first
 * attempt fails. Never throws.
 */
export function openEventSource(url: string, connect: EventStreamConnect, options?: EventSourceOptions): Promise<LosantEventSource> {
  return LosantEventSource.open(url, connect, options);
}
