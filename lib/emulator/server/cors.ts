/**
 * CORS, so that a page on another origin (a dashboard, a custom web app, a
 * test page on another port) can call the emulator with `fetch`, as it calls
 * the real API:
 *  - every answer says `Access-Control-Allow-Origin: *`: any origin may read
 *    it. The token travels in the Authorization header, never in a cookie, so
 *    no credentials mode is needed (and `*` forbids it);
 *  - it exposes the headers a client reads beyond the CORS-safelisted ones
 *    (Retry-After for retries, Allow on a 405, Location on a redirect);
 *  - a preflight (OPTIONS with Access-Control-Request-Method) is answered 204,
 *    before routing and without a token (a browser sends none with it), with
 *    the methods the API uses and the request headers the client sends.
 *    A header outside that list is refused by the browser, as by the API.
 */
import type { IncomingMessage, ServerResponse } from 'http';

export const ALLOWED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
export const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'Accept-Version', 'Last-Event-ID', 'Cache-Control', 'losantdomain'];
export const EXPOSED_HEADERS = ['Retry-After', 'Allow', 'Location'];
/** Seconds a browser may reuse a preflight's answer for the same URL. */
const PREFLIGHT_MAX_AGE = 600;

function isPreflight(req: IncomingMessage): boolean {
  return req.method === 'OPTIONS' && req.headers.origin !== undefined && req.headers['access-control-request-method'] !== undefined;
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/** The CORS headers of every answer but a preflight's; each answer passes them to its one writeHead (no setHeader calls). */
export const CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', '),
});

/** Answers a preflight and returns true, in which case nothing else must answer; false for any other request. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): boolean {
  if (!isPreflight(req)) return false;
  const headers: Record<string, string> = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': ALLOWED_METHODS.join(', '),
    'Access-Control-Allow-Headers': ALLOWED_HEADERS.join(', '),
    'Access-Control-Max-Age': String(PREFLIGHT_MAX_AGE),
    'Content-Length': '0',
  };
  // A browser's preflight has no body. One that comes with a body is not read: the
  // connection closes after the answer, rather than Node draining the body with no limit.
  if (hasBody(req)) headers.Connection = 'close';
  res.writeHead(204, headers);
  res.end();
  return true;
}
