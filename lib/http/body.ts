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
}
interface WebReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(): Promise<void>;
}

function ignore(): void {
  // An error on a body nobody reads any more.
}

/**
 * `bodiless`: an answer that has no body by definition (to a HEAD, or a 204
 * or 304), whose Content-Length describes a body it does not carry; only what
 * actually arrives is counted against the limit.
 */
export function readBody(res: FetchResponseLike, limit: number, bodiless = false): Promise<string> {
  const declared = bodiless ? 0 : Number(res.headers.get('content-length'));
  // The caller aborts the attempt on any rejection, which also releases the socket.
  const body = res.body as (NodeReadable & { getReader?: () => WebReader }) | null;
  if (declared > limit) {
    // Nothing reads this body; the abort that follows must not make its 'error' event throw.
    if (body && typeof body.on === 'function') body.on('error', ignore);
    return Promise.reject(new BodyTooLargeError(limit));
  }
  if (body && typeof body.on === 'function') return readNodeStream(body, limit);
  if (body && typeof body.getReader === 'function') return readWebStream(body.getReader(), limit);
  return res.text().then((text) => {
    if (utf8ByteLength(text) > limit) throw new BodyTooLargeError(limit);
    return text;
  });
}

function readNodeStream(stream: NodeReadable, limit: number): Promise<string> {
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
    const onData = (chunk?: unknown) => {
      const buf = chunk as Uint8Array;
      size += buf.byteLength;
      if (size > limit) {
        settle();
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(buf);
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
  });
}

async function readWebStream(reader: WebReader, limit: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return utf8Text(chunks, size);
}
