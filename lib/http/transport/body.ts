/**
 * Reads a response body as text with a size limit, from a Node stream
 * (node-fetch), a WHATWG ReadableStream (global fetch) or, failing both, text().
 */
import type { FetchResponseLike } from './fetch-types';
import { utf8ByteLength, utf8Text } from './utf8';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Response body exceeds the limit of ${limit} bytes (option maxResponseBytes)`);
  }
}

export const BROKEN_BODY_CODE = 'ERR_STREAM_PREMATURE_CLOSE';
export const BROKEN_BODY_MESSAGE = 'The connection closed before the response body was complete';

/** The connection closed before the body was complete (raised by node-response.ts on the body stream). */
export class BrokenBodyError extends Error {
  readonly code = BROKEN_BODY_CODE;
  constructor() {
    super(BROKEN_BODY_MESSAGE);
  }
}

interface NodeReadable {
  on(event: string, listener: (arg?: unknown) => void): unknown;
  removeListener(event: string, listener: (arg?: unknown) => void): unknown;
  destroy?(error?: Error): unknown;
  destroyed?: boolean;
  readableEnded?: boolean;
  _readableState?: { endEmitted?: boolean };
}
interface WebReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

function ignore(): void {
  // An error on a body nobody reads any more.
}

/** Bodies that failed, with their error: a failure can come before anyone reads (see failedBefore). */
const failures: WeakMap<object, Error> = new WeakMap();

/** Records why a body failed (node-response.ts does, as it fails one), for a reader that comes later. */
export function noteFailure(body: object, error: Error): void {
  if (!failures.has(body)) failures.set(body, error);
}

/**
 * Why a Node body can no longer be read, or undefined. The stray bytes after
 * an answer (or a bad chunk size) arrive in the same packet as its head, so the
 * body fails before the caller can listen, and its events will not come again:
 * the error recorded by our transport, else (node-fetch destroys its bodies)
 * a body destroyed before its end is a broken one.
 */
export function failedBefore(body: unknown): Error | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const recorded = failures.get(body);
  if (recorded) return recorded;
  const stream = body as NodeReadable;
  const ended = stream.readableEnded === true || !!(stream._readableState && stream._readableState.endEmitted);
  return stream.destroyed === true && !ended ? new BrokenBodyError() : undefined;
}

/**
 * Lets go of a body nobody will read to its end: a Node stream is destroyed
 * (the built-in transport then closes the connection, and a decoder stops),
 * a WHATWG one cancelled. Its later errors are ignored.
 */
export function discardBody(body: unknown): void {
  if (!body || typeof body !== 'object') return;
  const stream = body as NodeReadable & { getReader?: () => WebReader; locked?: boolean };
  if (typeof stream.on === 'function') {
    stream.on('error', ignore);
    if (typeof stream.destroy === 'function' && stream.destroyed !== true) stream.destroy();
  } else if (typeof stream.getReader === 'function' && !stream.locked) {
    stream.getReader().cancel().catch(ignore);
  }
}

/** Given a function that stops the reading, calls it when the reading must stop (the call is over). */
export type WhenToStop = (stop: () => void) => void;

/** Why a read was stopped from outside; whoever stopped it knows the real reason. */
export class ReadStoppedError extends Error {
  constructor() {
    super('The response body was no longer wanted');
  }
}

/**
 * `bodiless`: an answer that has no body by definition (to a HEAD, or a 204
 * or 304), whose Content-Length describes a body it does not carry; only what
 * actually arrives is counted against the limit. `whenToStop` ends the
 * reading from outside (a timeout, an abort): however the reading ends
 * short of the body's end, the body is discarded, and with it its decoder.
 */
export function readBody(res: FetchResponseLike, limit: number, bodiless = false, whenToStop?: WhenToStop): Promise<string> {
  const declared = bodiless ? 0 : Number(res.headers.get('content-length'));
  const body = res.body as (NodeReadable & { getReader?: () => WebReader }) | null;
  if (declared > limit) {
    discardBody(body);
    return Promise.reject(new BodyTooLargeError(limit));
  }
  if (body && typeof body.on === 'function') {
    const early = failedBefore(body);
    if (early) return Promise.reject(early);
    return readNodeStream(body, limit, whenToStop);
  }
  if (body && typeof body.getReader === 'function') return readWebStream(body.getReader(), limit, whenToStop);
  return res.text().then((text) => {
    if (utf8ByteLength(text) > limit) throw new BodyTooLargeError(limit);
    return text;
  });
}

function readNodeStream(stream: NodeReadable, limit: number, whenToStop: WhenToStop | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    // The 'error' listener stays: the abort that follows a failure makes the
    // stream emit 'error', which would throw if nobody listened.
    const settle = () => {
      settled = true;
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
    };
    const giveUp = (error: Error) => {
      if (settled) return;
      settle();
      reject(error);
      discardBody(stream);
    };
    const onData = (chunk?: unknown) => {
      const buf = chunk as Uint8Array;
      size += buf.byteLength;
      if (size > limit) giveUp(new BodyTooLargeError(limit));
      else chunks.push(buf);
    };
    const onEnd = () => {
      settle();
      resolve(utf8Text(chunks, size));
    };
    const onError = (err?: unknown) => {
      if (settled) return;
      settle();
      reject(err);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    if (whenToStop) whenToStop(() => giveUp(new ReadStoppedError()));
  });
}

async function readWebStream(reader: WebReader, limit: number, whenToStop: WhenToStop | undefined): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let stopped = false;
  // Cancelling settles a pending read() as done: the flag tells that end from the body's own.
  if (whenToStop) {
    whenToStop(() => {
      stopped = true;
      reader.cancel().catch(ignore);
    });
  }
  for (;;) {
    const { done, value } = await reader.read();
    if (stopped) throw new ReadStoppedError();
    if (done) break;
    if (!value) continue;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(ignore);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return utf8Text(chunks, size);
}
