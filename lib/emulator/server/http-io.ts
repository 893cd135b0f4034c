/**
 * Reading request bodies and writing JSON answers.
 *
 * The size limit holds for every request, whatever its method or route (a
 * body the action ignores is still read), and is enforced as soon as it is
 * known to be passed: a declared Content-Length over the limit is answered
 * before any of the body is read, with no `100 Continue`, and a body without
 * one as soon as the bytes counted pass it. The 413 carries
 * `Connection: close`, so the rest of the body is dropped with the connection.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { ApiError, invalid } from './api-error';
import { CORS_HEADERS } from './cors';
import { parseJson } from './json-depth';

const tooLarge = () => new ApiError(413, 'PayloadTooLarge', 'Request entity too large.', { Connection: 'close' });

/** Resolves with the raw body (empty when there is none); rejects with a 413 ApiError, or an Error when the client hangs up. */
export function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer> {
  // Even a request without a body is waited for ('end'): on a pipelined connection, that keeps
  // each request after the body of the one before it, so it sees what that one changed.
  return new Promise((resolve, reject) => {
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      reject(tooLarge());
      return;
    }
    // The client holds the body back until this (server.ts takes checkContinue): send it only for a body we will read.
    if (String(req.headers.expect || '').toLowerCase() === '100-continue') res.writeContinue();
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) settle(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => settle(undefined, Buffer.concat(chunks, size));
    const onError = (err: Error) => settle(err);
    const onClose = () => {
      if (!req.complete) settle(new Error('The client closed the connection before the end of the body'));
    };
    function settle(err: Error | undefined, body?: Buffer): void {
      // Later data still flows (the stream stays in flowing mode) and is dropped, never kept.
      req.removeListener('data', onData);
      req.removeListener('end', onEnd);
      req.removeListener('error', onError);
      req.removeListener('aborted', onClose);
      req.removeListener('close', onClose);
      if (err) reject(err);
      else resolve(body as Buffer);
    }
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onClose);
    req.on('close', onClose);
  });
}

const UTF8 = ['utf-8', 'utf8'];

/** The `charset` parameter of a Content-Type, lower-cased, or undefined when there is none. */
function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType || '');
  if (!match) return undefined;
  return (match[1] !== undefined ? match[1] : match[2]).trim().toLowerCase();
}

/**
 * The JSON a body holds (undefined when it is empty or blank). Bodies must be
 * UTF-8, as JSON on the wire is: another declared charset gets 415 and bytes
 * that are not UTF-8 get 400, rather than a value silently changed by
 * decoding. Messages never echo the body: it may hold a secret.
 */
export function parseJsonBody(bytes: Buffer, contentType: string | undefined): unknown {
  const charset = charsetOf(contentType);
  if (charset !== undefined && UTF8.indexOf(charset) === -1) {
    throw new ApiError(415, 'UnsupportedMediaType', 'Request bodies must be JSON in UTF-8; the Content-Type declares another charset');
  }
  const text = bytes.toString('utf8');
  // Decoding turns each invalid sequence into U+FFFD, so only a valid body encodes back to the same bytes.
  if (!Buffer.from(text, 'utf8').equals(bytes)) throw invalid('Request body is not valid UTF-8');
  if (!text.trim()) return undefined;
  // V8's message quotes the text around the error: not repeated here.
  return parseJson(text, 'Request body', 'Request body is not valid JSON');
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  if (body === undefined) {
    // A documented bodiless answer (204).
    res.writeHead(status, { ...CORS_HEADERS, ...headers, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/** Bytes as they are (a private file's download), with their type. */
export function sendBytes(res: ServerResponse, answer: { status: number; contentType?: string; body: Buffer }): void {
  res.writeHead(answer.status, {
    ...CORS_HEADERS,
    'Content-Type': answer.contentType || 'application/octet-stream',
    'Content-Length': String(answer.body.length),
    'Cache-Control': 'no-store',
  });
  res.end(res.req && res.req.method === 'HEAD' ? undefined : answer.body);
}

export function sendError(res: ServerResponse, err: ApiError): void {
  sendJson(res, err.status, { type: err.type, message: err.message }, err.headers);
}
