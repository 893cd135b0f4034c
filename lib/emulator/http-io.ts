/**
 * Reading request bodies (with a size limit) and writing JSON answers.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { ApiError, invalid } from './api-error';

/** After the limit is passed the rest is read and dropped (so the client sees the 413), up to this many times the limit. */
const DRAIN_FACTOR = 16;

/** Resolves with the parsed JSON body (undefined when empty); rejects with a 413 or 400 ApiError. */
export function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        // A client that keeps sending far past the limit is cut off rather than read forever.
        if (size > limit * DRAIN_FACTOR) req.socket.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (tooLarge) return reject(new ApiError(413, 'PayloadTooLarge', 'Request entity too large.'));
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(invalid(`Request body is not valid JSON: ${(err as Error).message}`));
      }
    });
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendError(res: ServerResponse, err: ApiError): void {
  sendJson(res, err.status, { type: err.type, message: err.message }, err.headers);
}
