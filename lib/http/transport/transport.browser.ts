/**
 * The browser twin of transport.ts: the browser's own fetch. Connections,
 * keep-alive and proxies are the browser's business, so none of
 * transport.ts's socket work applies.
 *
 * Redirects are left to the browser (`redirect: 'follow'`): with 'manual', a
 * browser hides the answer (an opaque redirect, status 0, no Location), so
 * redirect.ts could not follow it. The browser applies the same rules
 * redirect.ts does, from the fetch standard: a 303 becomes a GET, a 301 or
 * 302 changes only a POST, and Authorization is dropped on a redirect to
 * another origin. Cookies are never sent to the API (the default
 * `credentials: 'same-origin'`): the token is the credential.
 */
import type { FetchInit, FetchLike, FetchResponseLike } from './fetch-types';

export const defaultFetch: FetchLike = (url: string, init: FetchInit) => {
  if (typeof fetch !== 'function') {
    return Promise.reject(new Error('This environment has no global fetch: pass one as the `fetch` option'));
  }
  const { method, headers, body, signal } = init;
  // The casts only meet the DOM's types: the values are what fetch takes (a FormData or text body, a native signal).
  return fetch(url, { method, headers, body: body as never, signal: signal as never, redirect: 'follow' }) as Promise<FetchResponseLike>;
};

/** The options a transport depends on: in the browser, only `fetch` (proxies and TLS are the browser's business). */
export interface TransportOptions {
  fetch?: FetchLike | null;
}

/** As transport.ts: the caller's `fetch`, else the browser's. */
export function fetchFor(options: TransportOptions): FetchLike {
  return options.fetch || defaultFetch;
}
