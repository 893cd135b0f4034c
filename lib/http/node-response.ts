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
import { PassThrough, Readable, Transform } from 'stream';
import * as zlib from 'zlib';
import { BrokenBodyError } from './body';
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

export function toFetchResponse(res: http.IncomingMessage, url: string, method: string): NodeFetchResponse {
  const status = res.statusCode || 0;
  const raw = new PassThrough();
  let body: PassThrough | Readable = raw;
  const coding = String(res.headers['content-encoding'] || '').trim().toLowerCase();
  if (coding && method !== 'HEAD' && status !== 204 && status !== 304) body = decoded(raw, coding);
  watchBody(res, body);
  res.pipe(raw);
  return {
    status,
    statusText: res.statusMessage || STATUS_CODES[status] || '',
    headers: { get: (name: string) => headerValue(res.headers, name) },
    body,
    url,
    text: () => readText(body),
  };
}

function watchBody(res: http.IncomingMessage, body: Readable): void {
  // 'end' before 'aborted' or 'close': the body came whole, whatever `complete` says.
  let ended = false;
  res.once('end', () => {
    ended = true;
  });
  const fail = (error: Error) => failBody(body, error);
  const check = () => {
    if (!res.complete && !ended) fail(new BrokenBodyError());
  };
  res.once('aborted', check);
  res.once('close', check);
  res.on('error', (error: Error) => {
    if (!ended) fail(res.complete ? error : new BrokenBodyError());
  });
  guardSocket(res.socket);
}

/**
 * Ends a body stream with an error. The error is emitted before the stream is
 * destroyed: on Node 8 destroying a readable pushes its end first, and a
 * reader would take the part that came for the whole body.
 */
export function failBody(body: Readable, error: Error): void {
  if (body.destroyed) return;
  // Nobody may be reading (a body already refused as too large): the error must not be thrown.
  if (body.listenerCount('error') === 0) body.on('error', ignore);
  body.emit('error', error);
  body.destroy();
}

/** Node's header value: several lines of one name come joined by ", " (set-cookie as an array). */
function headerValue(headers: http.IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : String(value);
}

const ZLIB = (zlib as unknown as { constants?: { Z_SYNC_FLUSH: number } }).constants;
/** As curl does, lenient with a compressed body that ends without its final block. */
const LENIENT = { flush: ZLIB ? ZLIB.Z_SYNC_FLUSH : 2, finishFlush: ZLIB ? ZLIB.Z_SYNC_FLUSH : 2 };

/** The body decoded as its Content-Encoding says; an unknown coding is passed on as it came. */
function decoded(raw: PassThrough, coding: string): Readable {
  let decoder: Transform | undefined;
  if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip(LENIENT);
  else if (coding === 'deflate' || coding === 'x-deflate') decoder = new DeflateEither();
  // Node 8 and 10.0-10.15 have no brotli.
  else if (coding === 'br' && typeof zlib.createBrotliDecompress === 'function') decoder = zlib.createBrotliDecompress();
  if (!decoder) return raw;
  const target = decoder;
  // A failure upstream (a cut-off body) must reach the reader of the decoded stream.
  raw.on('error', (error: Error) => target.destroy(error));
  return raw.pipe(target);
}

/**
 * `deflate` is meant to be zlib-wrapped, but some old servers send raw deflate;
 * the first byte tells which (a zlib header's low nibble is 8).
 */
class DeflateEither extends Transform {
  private inflate: zlib.Inflate | zlib.InflateRaw | undefined;

  override _transform(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    if (!this.inflate) {
      const inflate = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
      inflate.on('data', (data: Buffer) => this.push(data));
      inflate.on('error', (error: Error) => this.destroy(error));
      this.inflate = inflate;
    }
    this.inflate.write(chunk, () => done());
  }

  override _flush(done: (error?: Error | null) => void): void {
    const inflate = this.inflate;
    if (!inflate) return done();
    inflate.once('end', () => done());
    inflate.end();
    return undefined;
  }
}

function readText(body: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    body.on('data', (chunk: Buffer) => chunks.push(chunk));
    body.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    body.once('error', reject);
  });
}
