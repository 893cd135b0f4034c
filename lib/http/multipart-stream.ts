/**
 * The body of a multipart request with streams in it: a Readable that sends
 * the encoded segments in order, reading each field's stream only as fast as
 * the request takes the bytes (backpressure), so a large file is never held
 * in memory. Plain `stream` API of Node 8, so it runs wherever we do.
 *
 * Failure rules, because node-fetch@2 ignores an error on a request body and
 * would leave the request waiting for bytes that never come:
 *  - a field's stream that errors (or closes before its end) fails the body
 *    with that very error, and destroys the request it is piped into with it,
 *    so the request fails instead of hanging;
 *  - a body destroyed early (abort, timeout, a request that closed before
 *    the whole body went out) destroys the fields' streams it will never
 *    read, so an fs stream's file descriptor is released.
 */
import { Readable } from 'stream';

/** The parts of a caller's readable stream we use; anything with `on` and `pipe` qualifies. */
export interface SourceStream {
  on(event: string, listener: (...args: any[]) => void): unknown;
  pipe(destination: any, options?: any): unknown;
  removeListener?(event: string, listener: (...args: any[]) => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
  destroy?(error?: Error): unknown;
  destroyed?: boolean;
  readableEnded?: boolean;
  errored?: unknown;
  _readableState?: { endEmitted?: boolean; errored?: unknown };
}

/** Bytes to send as they are, or a field's stream (its name is for error messages). */
export type Segment = Buffer | { readonly name: string; readonly stream: SourceStream };

interface Sink {
  destroy?(error?: Error): unknown;
  destroyed?: boolean;
  on(event: string, listener: () => void): unknown;
}

/** Why a stream cannot be read from the start any more, or undefined when it can. */
export function spentStream(stream: SourceStream): string | undefined {
  const state = stream._readableState;
  if (stream.destroyed === true) {
    const cause = stream.errored || (state && state.errored);
    return cause instanceof Error ? `has been destroyed (${cause.message})` : 'has been destroyed';
  }
  if (stream.readableEnded === true || (state && state.endEmitted)) return 'has already been read to its end';
  return undefined;
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

export class MultipartBody extends Readable {
  private readonly segments: Segment[];
  /** Index of the next segment to send. */
  private next: number;
  /** The fields' streams not yet read to their end, in order; the first is the one being read. */
  private readonly unread: SourceStream[];
  private stopReading: (() => void) | undefined;
  private readonly sinks: Sink[];

  constructor(segments: Segment[]) {
    super();
    this.segments = segments;
    this.next = 0;
    this.unread = [];
    for (const segment of segments) if (!Buffer.isBuffer(segment)) this.unread.push(segment.stream);
    this.stopReading = undefined;
    this.sinks = [];
  }

  override _read(): void {
    if (this.stopReading) {
      const current = this.unread[0];
      if (typeof current.resume === 'function') current.resume();
      return;
    }
    this.advance();
  }

  /** Pushes buffered segments until the reader is full or a stream segment starts. */
  private advance(): void {
    while (this.next < this.segments.length) {
      const segment = this.segments[this.next++];
      if (!Buffer.isBuffer(segment)) {
        this.startReading(segment.name, segment.stream);
        return;
      }
      if (!this.push(segment)) return;
    }
    this.push(null);
  }

  private startReading(name: string, stream: SourceStream): void {
    const spent = spentStream(stream);
    if (spent) {
      // An error the stream already had is the real reason: send that one on.
      const cause = stream.errored || (stream._readableState && stream._readableState.errored);
      this.fail(cause instanceof Error ? cause : fieldError(name, `the stream ${spent}`, 'ERR_STREAM_PREMATURE_CLOSE'));
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
      this.advance();
    };
    const onError = (error: unknown) => {
      this.fail(error instanceof Error ? error : fieldError(name, `the stream failed: ${String(error)}`, 'ERR_STREAM_FAILED'));
    };
    // A stream that ends normally says 'end' first; 'close' alone means it was cut off.
    const onClose = () => this.fail(fieldError(name, 'the stream closed before its end', 'ERR_STREAM_PREMATURE_CLOSE'));
    const listeners: Array<[string, (...args: any[]) => void]> = [['data', onData], ['end', onEnd], ['error', onError], ['close', onClose]];
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

  private fail(error: Error): void {
    if (this.destroyed) return;
    for (const sink of this.sinks) {
      if (sink.destroyed !== true && typeof sink.destroy === 'function') sink.destroy(error);
    }
    this.destroy(error);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.detach();
    // Streams we will never read: an fs stream keeps its file open until it ends or is destroyed.
    const unread = this.unread.splice(0, this.unread.length);
    for (const stream of unread) {
      if (stream.destroyed !== true && typeof stream.destroy === 'function') stream.destroy();
    }
    callback(error);
  }

  /** Remembers where the body goes, so a failed field can fail the request too (see the file comment). */
  override pipe<T extends NodeJS.WritableStream>(destination: T, options?: { end?: boolean }): T {
    const sink = destination as unknown as Sink;
    this.sinks.push(sink);
    // The request is over (answered early, or its socket closed) before the body was all read.
    sink.on('close', () => {
      if (this.unread.length && !this.destroyed) this.destroy();
    });
    return super.pipe(destination, options);
  }
}
