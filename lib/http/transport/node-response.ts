/**
 * A Node response (http.IncomingMessage) as the fetch-shaped answer the rest
 * of the client reads: status, headers.get(), a Node stream body (decoded
 * from gzip, deflate or br) and text(). While the body streams, the response
 * and its socket are watched, because nobody else listens to them:
 *  - a body cut off mid-way (the connection closed before the response was
 *    complete) ends the body stream with a BrokenBodyError, so whoever reads
 *    it gets an error instead of waiting forever;
 *  - an `error` event on the response or its socket must never escape as an
 *    uncaught exception. Mocking libraries' stand-ins emit such errors: under
 *    nock 9 and 10 on Node >= 18, a response (never marked `complete`, over a
 *    socket that is no stream) fails its own auto-destroy after its end and
 *    emits ERR_INVALID_ARG_TYPE. An error before the end fails the body; after
 *    it, the body came whole and the error is dropped.
 */
import type * as http from 'http';
import type { Socket } from 'net';
import { PassThrough, Readable } from 'stream';
import { BrokenBodyError, noteFailure } from './body';
import { decoderFor, stopDecoder } from './decoders';
import type { FetchResponseLike } from './fetch-types';
import { STATUS_CODES } from 'http';

export interface NodeFetchResponse extends FetchResponseLike {
  body: PassThrough | Readable;
  url: string;
}

function ignore(): void {
  // An error on a socket between requests, or after its response's body came whole.
}

/** Sockets already given an error listener: a keep-alive socket serves many requests. */
const guardedSockets: WeakSet<object> = new WeakSet();

/** Node's own listener is there while a socket serves a request; this one covers the gaps. */
export function guardSocket(socket: Socket | undefined): void {
  if (!socket || typeof socket.on !== 'function' || guardedSockets.has(socket)) return;
  guardedSockets.add(socket);
  socket.on('error', ignore);
}

/**
 * The body handed to the reader. Destroying it (a reader that gives up: too
 * large, a timeout, a redirect's body dropped) stops its decoder and, when the
 * answer has not all come, closes the connection, as nobody will read the rest.
 */
class ResponseBody extends PassThrough {
  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const release = releases.get(this);
    releases.delete(this);
    if (release) release();
    callback(error);
  }
}

/**
 * What destroying each body releases, until its end. Kept apart from the
 * body: a property added to the stream made every request about 40 µs of CPU
 * dearer on Node 20 (measured, c=1; Node's stream code then sees one more shape).
 */
const releases: WeakMap<ResponseBody, () => void> = new WeakMap();

/** `done` is called once, when the body has ended, failed or been destroyed: nothing more can come of it. */
export function toFetchResponse(res: http.IncomingMessage, url: string, method: string, done?: () => void): NodeFetchResponse {
  const status = res.statusCode || 0;
  const body = new ResponseBody();
  const coding = String(res.headers['content-encoding'] || '').trim().toLowerCase();
  const decoder = coding && method !== 'HEAD' && status !== 204 && status !== 304 ? decoderFor(coding) : undefined;
  // 'end' before 'aborted' or 'close': the answer came whole, whatever `complete` says.
  let ended = false;
  res.once('end', () => {
    ended = true;
  });
  releases.set(body, () => {
    if (decoder) stopDecoder(decoder);
    if (!ended) res.destroy();
    if (done) done();
  });
  body.once('end', () => {
    releases.delete(body);
    if (done) done();
  });
  watchBody(res, body, () => ended);
  if (decoder) {
    // A decoder's error (a corrupt body) fails the body; pipe() does not pass it on.
    decoder.on('error', (error: Error) => failBody(body, error));
    res.pipe(decoder).pipe(body);
  } else {
    res.pipe(body);
  }
  return answer(res, url, body);
}

/** An answer that has no body to read (a 101, whose connection now speaks another protocol and is closed). */
export function answerWithoutBody(res: http.IncomingMessage, url: string): NodeFetchResponse {
  const body = new PassThrough();
  body.end();
  return answer(res, url, body);
}

function answer(res: http.IncomingMessage, url: string, body: Readable): NodeFetchResponse {
  const status = res.statusCode || 0;
  return {
    status,
    statusText: res.statusMessage || STATUS_CODES[status] || '',
    headers: { get: (name: string) => headerValue(res.headers, name) },
    body,
    url,
    text: () => readText(body),
  };
}

function watchBody(res: http.IncomingMessage, body: Readable, ended: () => boolean): void {
  const fail = (error: Error) => failBody(body, error);
  const check = () => {
    if (!res.complete && !ended()) fail(new BrokenBodyError());
  };
  res.once('aborted', check);
  res.once('close', check);
  res.on('error', (error: Error) => {
    if (!ended()) fail(res.complete ? error : new BrokenBodyError());
  });
  guardSocket(res.socket);
}

/**
 * Ends a body stream with an error, which a reader that comes later still
 * gets (body.ts, failedBefore). The error is emitted before the stream is
 * destroyed: on Node 8 destroying a readable pushes its end first, and a
 * reader would take the part that came for the whole body.
 */
export function failBody(body: Readable, error: Error): void {
  if (body.destroyed) return;
  noteFailure(body, error);
  // Nobody may be reading yet, or ever (a body refused as too large); pipe()'s own
  // listener does not count: it throws the error again when it is the last one.
  body.on('error', ignore);
  body.emit('error', error);
  body.destroy();
}

/** Node's header value: several lines of one name come joined by ", " (set-cookie as an array). */
function headerValue(headers: http.IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function readText(body: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on('data', (chunk: Buffer) => chunks.push(chunk));
    body.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    body.once('error', reject);
  });
}
