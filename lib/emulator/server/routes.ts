/**
 * The emulator's routes: every action of the table, and HEAD wherever GET
 * is answered, as HTTP requires: it runs as the GET (same checks, status and
 * headers, Content-Length included) and Node leaves out the body of an
 * answer to HEAD. A 405 lists HEAD wherever it lists GET.
 */
import { allActions } from '../../generated/resources/all';
import { ApiError } from './api-error';
import { createRouter } from './router';
import type { Match } from './router';

const route = createRouter(allActions);

/**
 * Routes found lately, by method and path: a client asks for the same paths
 * again and again, and a hit skips matching the templates and decoding the
 * segments. Bounded: emptied when full. Refusals (404, 405, 400) are not kept.
 */
const recent = new Map<string, Match>();
const RECENT_MAX = 1000;

export function routeOf(method: string, pathname: string): Match {
  const id = `${method} ${pathname}`;
  let match = recent.get(id);
  if (!match) {
    match = routed(method, pathname);
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(id, match);
  }
  return match;
}

function routed(method: string, pathname: string): Match {
  try {
    return route(method === 'HEAD' ? 'GET' : method, pathname);
  } catch (err) {
    const allow = err instanceof ApiError ? err.headers.Allow : undefined;
    if (allow === undefined || allow.split(', ').indexOf('GET') === -1) throw err;
    const e = err as ApiError;
    throw new ApiError(e.status, e.type, e.message, { ...e.headers, Allow: `${allow}, HEAD` });
  }
}
