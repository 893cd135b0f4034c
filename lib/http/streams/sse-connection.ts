/**
 * One connection to an event stream: the GET (with its timeout), the verdict
 * on the answer, and, once the event source says so, the reading and parsing
 * of the stream. After `close()`, or after it has reported an outcome that
 * ends it, it calls nothing back.
 */
import { LosantError, RequestSummary } from '../../errors';
import { ReasonedAbort } from '../abort';
import type { FetchResponseLike } from '../transport/fetch-types';
import { discardBody } from '../transport/body';
import { guardBody, readChunks, StopReading } from './sse-body';
import { headerValueProblem } from '../headers';
import { isEventStream, networkError, refusedError, timeoutError, tooLargeError } from './sse-errors';
import { EventStreamParser, ParsedEvent } from './sse-parser';
import type { EventStreamConnect } from './sse-settings';

export interface ConnectionEvents {
  /** HTTP 200 with `text/event-stream`: call `read()` to start. `origin` is the final URL's. */
  open(origin: string): void;
  /** Any other answer: the spec says not to try again. */
  refused(error: LosantError): void;
  /** No answer (network failure, timeout): worth another attempt. */
  failed(error: LosantError): void;
  message(lastEventId: string, event: ParsedEvent | null): void;
  retry(ms: number): void;
  /** The open stream ended: cleanly (no error) or not. */
  ended(error: LosantError | undefined): void;
}

export class StreamConnection {
  readonly request: RequestSummary;
  private readonly abort = new ReasonedAbort();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private response: FetchResponseLike | undefined;
  private stopReading: StopReading | undefined;
  private closed = false;

  private readonly maxEventBytes: number;

  constructor(
    connect: EventStreamConnect, private readonly url: string, lastEventId: string,
    limits: { timeout: number; maxEventBytes: number }, base: RequestSummary | undefined, private readonly events: ConnectionEvents,
  ) {
    const headers = streamHeaders(lastEventId);
    const timeout = limits.timeout;
    this.maxEventBytes = limits.maxEventBytes;
    this.request = summarize(url, base, headers);
    if (timeout > 0) this.timer = setTimeout(() => this.fail(timeoutError(timeout, this.request)), timeout);
    let answer: Promise<FetchResponseLike>;
    try {
      answer = Promise.resolve(connect(headers, this.abort.signal));
    } catch (reason) {
      answer = Promise.reject(reason);
    }
    answer.then((res) => this.answered(res), (reason) => this.fail(networkError(reason, this.url, this.request)));
  }

  /** Starts reading the open stream; the parser's last event ID starts as the event source's. */
  read(lastEventId: string): void {
    const res = this.response;
    if (this.closed || !res) return;
    const parser = new EventStreamParser(lastEventId, {
      dispatch: (id, event) => {
        if (!this.closed) this.events.message(id, event);
      },
      retry: (ms) => {
        if (!this.closed) this.events.retry(ms);
      },
      overflow: (limit) => {
        if (this.closed) return;
        this.close();
        // Not worth another attempt: the server would send the same again.
        this.events.refused(tooLargeError(limit, this.request));
      },
    }, this.maxEventBytes);
    this.stopReading = readChunks(res, {
      data: (chunk) => parser.push(chunk),
      end: (reason) => {
        if (this.closed) return;
        this.close();
        this.events.ended(reason === undefined ? undefined : networkError(reason, this.url, this.request));
      },
    });
  }

  /** Stops the timer and the reading, and aborts the request, which destroys the socket. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer as ReturnType<typeof setTimeout>);
    if (this.stopReading) this.stopReading();
    // After a clean end node-fetch has dropped its abort listener: then this does nothing.
    this.abort.abort('caller');
  }

  private answered(res: FetchResponseLike): void {
    if (this.closed) {
      // A late answer: destroying a Node body or cancelling a WHATWG one closes the connection under most transports.
      discardBody(res.body);
      return;
    }
    guardBody(res);
    if (res.status === 200 && isEventStream(res.headers.get('content-type'))) {
      clearTimeout(this.timer as ReturnType<typeof setTimeout>);
      this.response = res;
      const finalUrl = (res as { url?: unknown }).url;
      this.events.open(originOf(typeof finalUrl === 'string' && finalUrl ? finalUrl : this.url));
      return;
    }
    // The timeout still runs while the error body is read.
    refusedError(res, this.request).then((error) => {
      if (this.closed) return;
      this.close();
      this.events.refused(error);
    });
  }

  private fail(error: LosantError): void {
    if (this.closed) return;
    this.close();
    this.events.failed(error);
  }
}

/**
 * What we add to the integrator's request; `Last-Event-ID` once an id was seen. An id
 * that cannot be a header value (a control character) is left out: sending it would fail
 * every reconnection before it reached the server.
 */
export function streamHeaders(lastEventId: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', 'Cache-Control': 'no-cache' };
  const value = lastEventId ? utf8ByteString(lastEventId) : '';
  if (value && !headerValueProblem(value)) headers['Last-Event-ID'] = value;
  return headers;
}

/** The request as errors show it: the caller's redacted summary (or the URL) plus our headers. */
export function summarize(url: string, base: RequestSummary | undefined, headers: Record<string, string>): RequestSummary {
  if (!base) return { method: 'GET', url, headers };
  return { method: base.method, url: base.url, headers: { ...base.headers, ...headers } };
}

/**
 * The id as a header value: one character per UTF-8 byte, which Node's http
 * and fetch's ByteString both send as those bytes (the spec's "encoded as UTF-8").
 */
function utf8ByteString(text: string): string {
  return encodeURIComponent(text).replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** `scheme://host[:port]` of a URL; WHATWG URL where there is one (Node >= 10, browsers). */
function originOf(url: string): string {
  if (typeof URL === 'function') {
    try {
      return new URL(url).origin;
    } catch (_) {
      // fall through to the plain parse
    }
  }
  const match = /^([a-z][a-z0-9+.-]*:\/\/)(?:[^@/?#]*@)?([^/?#]*)/i.exec(url);
  return match ? (match[1] + match[2]).toLowerCase() : 'null';
}
