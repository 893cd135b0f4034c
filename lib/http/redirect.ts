/**
 * Redirects, followed here rather than by fetch, so that credentials never
 * cross origins and a DELETE or PATCH is never turned into a GET.
 */
import { LosantError } from '../errors';
import { readBody } from './transport/body';
import type { FetchLike, FetchResponseLike } from './transport/fetch-types';
import { withoutCredentials, withoutHeader } from './headers';
import { Prepared, summarize } from './prepare';
import { WhatwgURL } from './url/url-class';

const MAX_REDIRECTS = 5;
const BODY_HEADERS = ['content-type', 'content-length', 'transfer-encoding', 'content-encoding'];
/** Redirect bodies are read (so the socket can be reused) up to this size, then dropped. */
const REDIRECT_BODY_LIMIT = 64 * 1024;

/** What the caller learns of the way: how many redirects were followed. */
export interface Route {
  redirects: number;
}

/** Sends the request and follows its redirects; resolves with the final answer. */
export function follow(fetch: FetchLike, prepared: Prepared, signal: unknown, route?: Route): Promise<FetchResponseLike> {
  const { method, url, headers, body } = prepared;
  // Most answers are not redirects: no async frame for them.
  return fetch(url, { method, headers, body, redirect: 'manual', signal })
    .then((res) => (isRedirect(res.status) ? redirects(fetch, prepared, signal, res, route || { redirects: 0 }) : res));
}

async function redirects(fetch: FetchLike, prepared: Prepared, signal: unknown, first: FetchResponseLike, route: Route): Promise<FetchResponseLike> {
  let { method, url, headers, body } = prepared;
  let res = first;
  for (;;) {
    const location = isRedirect(res.status) ? res.headers.get('location') : null;
    if (location === null || route.redirects >= MAX_REDIRECTS) return res;
    const next = resolveLocation(location, url, res.status, prepared);
    if (!prepared.replayable && (res.status === 307 || res.status === 308)) {
      // These keep the method and the body, and a streamed upload cannot be read twice.
      throw new LosantError(`The server answered ${res.status}, which would send the upload again, but it was streamed and is spent`, {
        statusCode: res.status, type: 'InvalidResponse', code: 'ERR_REDIRECT_UNREPLAYABLE_BODY', request: summarize(prepared),
      });
    }
    // Scheme, host and port must all match, or the credentials stay behind.
    if (next.origin !== new WhatwgURL(url).origin) headers = withoutCredentials(headers);
    // As the fetch standard: 303 becomes GET (except HEAD), and 301/302 change only POST.
    // Turning a DELETE or PATCH into a GET would report success for a write never made.
    if ((res.status === 303 && method !== 'HEAD') || ((res.status === 301 || res.status === 302) && method === 'POST')) {
      method = 'GET';
      body = undefined;
      // The body is gone, and so are the headers that describe it (a Content-Length left
      // behind would make the server wait for bytes that never come).
      for (const name of BODY_HEADERS) headers = withoutHeader(headers, name);
    }
    url = next.toString();
    route.redirects++;
    const stopDraining = drain(res);
    try {
      res = await fetch(url, { method, headers, body, redirect: 'manual', signal });
    } finally {
      stopDraining();
    }
  }
}

/**
 * Reads a redirect's body, which is thrown away, while the next request goes
 * out: a body that never ends must not hold the call, and one read to its end
 * frees its connection for reuse. Over the limit, or not ended when the next
 * answer comes (the returned function), the body is discarded, which closes
 * its connection. A body cut off mid-way here does not fail the request.
 */
function drain(res: FetchResponseLike): () => void {
  let stop: (() => void) | undefined;
  readBody(res, REDIRECT_BODY_LIMIT, false, (stopReading) => {
    stop = stopReading;
  }).catch(() => undefined);
  return () => {
    if (stop) stop();
  };
}

/**
 * The redirect target. A Location that cannot be read, or that leads outside
 * HTTP (`ftp:`, `data:`, `javascript:`), is the server's fault, not a network
 * failure, so it is not retried.
 */
function resolveLocation(location: string, base: string, status: number, prepared: Prepared): URL {
  let next: URL | undefined;
  let cause: unknown;
  try {
    next = new WhatwgURL(location, base);
  } catch (err) {
    cause = err;
  }
  if (next && (next.protocol === 'http:' || next.protocol === 'https:')) return next;
  const why = next ? `a Location that is not http:// or https:// (${next.protocol})` : 'an invalid Location header';
  throw new LosantError(`The server answered ${status} with ${why}`, {
    statusCode: status, type: 'InvalidResponse', code: 'ERR_INVALID_REDIRECT', cause, request: summarize(prepared),
  });
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
