/**
 * The body of a multipart request with streams in it: a Readable that sends
 * the encoded segments in order, reading each field's stream only as fast as
 * the request takes the bytes (backpressure), so a large file is never held
 * in memory. Plain `stream` API of Node 8, so it runs wherever we do.
 *
 * Failure rules, because pipe() does not pass a body's error on to the request,
 * which would be left waiting for bytes that never come:
 *  - a field's stream that errors (or closes before its end) fails the body
 *    with that very error, and destroys the request it is piped into with it,
 *    so the request fails instead of hanging; errors are listened for from
 *    the moment the body is made (a missing file errors before it is read);
 *  - a body destroyed early (abort, timeout, a request that closed before
 *    the whole body went out) destroys the fields' streams it will never
 *    read, so an fs stream's file descriptor is released.
 * The transport then rejects with a FetchError carrying the field error's code
 * and message; the body's own 'error' event carries the field's error itself.
 */
import { Readable } from 'stream';
import { SourceStream, spentStream } from './multipart-part';

/** Bytes to send as they are, or a field's stream (its name is for error messages). */
export type Segment = Buffer | { readonly name: string; readonly stream: SourceStream };

interface Sink {
  destroy?(error?: Error): unknown;
  destroyed?: boolean;
  on(event: string, listener: () => void): unknown;
}

function toBuffer(chunk: unknown): Buffer | undefined {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return undefined;
}

function fieldError(name: string, what: string, code: string): Error {
  const error = new Error(`multipart field ${JSON.stringify(name)}: ${what}`);
  (error as Error & { code: string }).code = code;
  return error;
}

/** A field's stream and the error listener it carries from the moment it is encoded. */
interface Source {
  readonly name: string;
  readonly stream: SourceStream;
  readonly onError: (error: unknown) => void;
}

/** For an error from a stream already read to its end: its bytes are all sent. */
function ignore(): void {}

export class MultipartBody extends Readable {
  private readonly segments: Segment[];
  /** Index of the next segment to send. */
  private next: number;
  /** The fields' streams not yet read to their end, in order; the first is the one being read. */
  private readonly unread: Source[];
  private stopReading: (() => void) | undefined;
  private readonly sinks: Sink[];
  private failure: Error | undefined;
  /** True while advance() runs: on Node 8 a push() can call _read() before it returns. */
  private advancing: boolean;

  constructor(segments: Segment[]) {
    super();
    this.segments = segments;
    this.next = 0;
    this.unread = [];
    this.sinks = [];
    this.failure = this.stopReading = undefined;
    this.advancing = false;
    for (const segment of segments) {
      if (Buffer.isBuffer(segment)) continue;
      const { name, stream } = segment;
      // Listening at once: an fs stream of a missing file errors before we read it, and
      // an 'error' nobody listens to would crash the process. It fails the body instead.
      const onError = (error: unknown) => this.fail(error instanceof Error ? error : fieldError(name, `the stream failed: ${String(error)}`, 'ERR_STREAM_FAILED'));
      stream.on('error', onError);
      this.unread.push({ name, stream, onError });
    }
  }

  override _read(): void {
    if (this.stopReading) {
      const current = this.unread[0].stream;
      if (typeof current.resume === 'function') current.resume();
      return;
    }
    // Asked again from inside our own push (Node 8 does that): the loop under way goes on by itself.
    if (!this.advancing) this.advance();
  }

  /** Pushes buffered segments until the reader is full or a stream segment starts. */
  private advance(): void {
    this.advancing = true;
    try {
      while (this.next < this.segments.length) {
        const segment = this.segments[this.next++];
        if (!Buffer.isBuffer(segment)) {
          this.startReading(this.unread[0]);
          return;
        }
        if (!this.push(segment)) return;
      }
      this.push(null);
    } finally {
      this.advancing = false;
    }
  }

  private startReading(source: Source): void {
    const { name, stream } = source;
    const spent = spentStream(stream);
    if (spent) {
      // An error the stream already had is the real reason: send that one on.
      const cause = stream.errored || (stream._readableState && stream._readableState.errored);
      if (cause instanceof Error) this.fail(cause);
      else this.failSoon(fieldError(name, `the stream ${spent}`, 'ERR_STREAM_PREMATURE_CLOSE'));
      return;
    }
    const onData = (chunk: unknown) => {
      const bytes = toBuffer(chunk);
      if (!bytes) {
        this.fail(fieldError(name, 'the stream gave a chunk that is neither bytes nor text', 'ERR_INVALID_ARG_TYPE'));
      } else if (!this.push(bytes) && typeof stream.pause === 'function') {
        stream.pause();
      }
    };
    const onEnd = () => {
      this.detach();
      this.unread.shift();
      if (typeof stream.removeListener === 'function') stream.removeListener('error', source.onError);
      stream.on('error', ignore);
      this.advance();
    };
    // A stream that ends normally says 'end' first; 'close' alone means it was cut off.
    const onClose = () => this.failSoon(fieldError(name, 'the stream closed before its end', 'ERR_STREAM_PREMATURE_CLOSE'));
    const listeners: Array<[string, (...args: any[]) => void]> = [['data', onData], ['end', onEnd], ['close', onClose]];
    for (const [event, listener] of listeners) stream.on(event, listener);
    this.stopReading = () => {
      if (typeof stream.removeListener !== 'function') return;
      for (const [event, listener] of listeners) stream.removeListener(event, listener);
    };
    if (typeof stream.resume === 'function') stream.resume();
  }

  private detach(): void {
    if (this.stopReading) this.stopReading();
    this.stopReading = undefined;
  }

  /**
   * For a stream destroyed without a known error: before Node 15 a stream
   * destroyed with an error says so only on a later tick (it has no `errored`),
   * and that error, if one comes, is the better reason.
   */
  private failSoon(error: Error): void {
    setImmediate(() => this.fail(error));
  }

  private fail(error: Error): void {
    if (this.failure || this.destroyed) return;
    this.failure = error;
    for (const sink of this.sinks) {
      if (sink.destroyed !== true && typeof sink.destroy === 'function') sink.destroy(error);
    }
    // Not yet handed to a request, nobody listens: keep the error for pipe() rather than crash.
    this.destroy(this.listenerCount('error') ? error : undefined);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.detach();
    // Streams we will never read: an fs stream keeps its file open until it ends or is destroyed.
    const unread = this.unread.splice(0, this.unread.length);
    for (const { stream } of unread) {
      if (stream.destroyed !== true && typeof stream.destroy === 'function') stream.destroy();
    }
    callback(error);
  }

  /** Remembers where the body goes, so a failed field can fail the request too (see the file comment). */
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    const sink = destination as unknown as Sink;
    const failure = this.failure;
    if (failure) {
      // A field failed before the request took the body: fail the request the same way.
      process.nextTick(() => {
        if (sink.destroyed !== true && typeof sink.destroy === 'function') sink.destroy(failure);
      });
      return destination;
    }
    this.sinks.push(sink);
    // The request is over (answered early, or its socket closed) before the body was all read.
    sink.on('close', () => {
      if (this.unread.length && !this.destroyed) this.destroy();
    });
    return super.pipe(destination, options);
  }
}
