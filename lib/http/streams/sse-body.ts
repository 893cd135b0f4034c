/**
 * Reads a response body chunk by chunk, whichever kind the transport gives:
 * a Node Readable (node-fetch) or a WHATWG ReadableStream (global fetch,
 * browsers). The reader can be stopped at any time, after which the sink is
 * never called again.
 */
import { failedBefore } from '../transport/body';
import type { FetchResponseLike } from '../transport/fetch-types';
import { concatBytes } from './sse-parser';

export interface ChunkSink {
  data(chunk: Uint8Array): void;
  /** Called once: the body ended cleanly (no argument) or failed. */
  end(error?: unknown): void;
}

/** Stops reading and releases the body; idempotent. */
export type StopReading = () => void;

interface NodeReadable {
  on(event: string, listener: (arg?: unknown) => void): unknown;
  removeListener(event: string, listener: (arg?: unknown) => void): unknown;
}
interface WebReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

function ignore(): void {
  // The body's errors after we stopped reading (an abort makes node-fetch emit one).
}

function isNodeStream(body: unknown): body is NodeReadable {
  return !!body && typeof (body as { on?: unknown }).on === 'function';
}

function isWebStream(body: unknown): body is { getReader(): WebReader } {
  return !!body && typeof (body as { getReader?: unknown }).getReader === 'function';
}

/**
 * What a Node body did before anyone read it: it emits 'error' and 'close'
 * once, so a body that failed while the event source had not yet started
 * reading (the connection dropped right after the headers) would otherwise
 * never say so, and the stream would stay open without a connection.
 */
const earlyEnds = new WeakMap<object, { error?: unknown }>();

/**
 * Must be called as soon as the response arrives: a Node stream that emits
 * 'error' (the connection dropped, or our own abort) with nobody listening
 * would throw an uncaught exception; and how it ended is kept for readChunks.
 */
export function guardBody(res: FetchResponseLike): void {
  const body = res.body;
  if (!isNodeStream(body)) return;
  // Failed in the very packet that brought the head (stray bytes after it, say): before any listener.
  const failed = failedBefore(body);
  if (failed) earlyEnds.set(body as object, { error: failed });
  body.on('error', (error?: unknown) => {
    if (!earlyEnds.has(body as object)) earlyEnds.set(body as object, { error: error || new Error('The event stream failed') });
  });
  body.on('close', () => {
    if (!earlyEnds.has(body as object)) earlyEnds.set(body as object, {});
  });
}

export function readChunks(res: FetchResponseLike, sink: ChunkSink): StopReading {
  const body = res.body;
  if (isNodeStream(body)) return readNodeStream(body, sink);
  if (isWebStream(body)) return readWebStream(body.getReader(), sink);
  // No body at all: an empty stream.
  let stopped = false;
  Promise.resolve().then(() => {
    if (!stopped) sink.end();
  });
  return () => {
    stopped = true;
  };
}

function readNodeStream(stream: NodeReadable, sink: ChunkSink): StopReading {
  let done = false;
  const stop = () => {
    if (done) return;
    done = true;
    stream.removeListener('data', onData);
    stream.removeListener('end', onEnd);
    stream.removeListener('close', onEnd);
    stream.removeListener('error', onError);
  };
  const onData = (chunk?: unknown) => {
    if (!done) sink.data(chunk as Uint8Array);
  };
  const finish = (error?: unknown) => {
    if (done) return;
    stop();
    sink.end(error);
  };
  // 'close' without 'end' is a stream destroyed without an error: still an end.
  const onEnd = () => finish();
  const onError = (error?: unknown) => finish(error || new Error('The event stream failed'));
  stream.on('data', onData);
  stream.on('end', onEnd);
  stream.on('close', onEnd);
  stream.on('error', onError);
  // Closed or failed before these listeners were here: those events will not come again.
  const early = earlyEnds.get(stream as object);
  if (early) {
    Promise.resolve().then(() => (early.error ? onError(early.error) : onEnd()));
  }
  return stop;
}

function readWebStream(reader: WebReader, sink: ChunkSink): StopReading {
  let done = false;
  const pump = (): void => {
    reader.read().then(
      (result) => {
        if (done) return;
        if (result.done) {
          done = true;
          sink.end();
          return;
        }
        if (result.value && result.value.byteLength > 0) sink.data(result.value);
        pump();
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        sink.end(error);
      },
    );
  };
  pump();
  return () => {
    if (done) return;
    done = true;
    // Cancelling closes the connection under a WHATWG stream; a pending read then settles and is ignored.
    reader.cancel().catch(ignore);
  };
}

/** The first `limit` bytes of a body (an error answer's), then stops; never rejects. */
export function readSome(res: FetchResponseLike, limit: number): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    let size = 0;
    const stop = readChunks(res, {
      data(chunk) {
        parts.push(chunk);
        size += chunk.byteLength;
        if (size >= limit) {
          stop();
          resolve(concatBytes(parts).subarray(0, limit));
        }
      },
      end() {
        resolve(parts.length ? concatBytes(parts) : new Uint8Array(0));
      },
    });
  });
}
