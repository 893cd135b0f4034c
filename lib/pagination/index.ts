/**
 * `client.paginate`: every item of a paged action's list, as a promise or through a
 * callback (`dual`, the actions' own contract), and `client.paginate.iterator`: its pages,
 * one request at a time. The method passed is the action itself: its paging shape comes
 * from its resource's table (loaded on first use, like a call's), and every page is a
 * call of it, so the requests are exactly those of paging by hand. The walk itself
 * (walk.ts and what it uses) is a chunk of its own, loaded on the first walk: a program
 * that never paginates does not load it (measured: 8 KB of the 74 KB minified entry).
 */
import { actionsOf, snapshot } from '../actions/build';
import { dual } from '../dual';
import { LosantError, validationError } from '../errors';
import { pageIterator } from './iterator';
import { walkOptions } from './options';
import { ActionIdentity, identifyAction } from './registry';
import type { Paginate } from './types';
import type { Walk, WalkPlan } from './walk';

type Send = (params: Record<string, unknown>, options: unknown) => Promise<unknown>;

let loading: Promise<typeof import('./walk')> | undefined;

/** The walk's code, loaded once; a load that failed (a network hiccup in a browser) is tried again on the next walk. */
function loadWalk(): Promise<typeof import('./walk')> {
  if (!loading) {
    loading = import('./walk').catch((err: unknown) => {
      loading = undefined;
      throw new LosantError(`Could not load client.paginate: ${err instanceof Error ? err.message : String(err)}`, {
        type: 'Network', code: 'ERR_CHUNK_LOAD', cause: err,
      });
    });
  }
  return loading;
}

/**
 * Checks the call and takes what the caller passed, at once (a page sent later sends
 * that, whatever the caller changes meanwhile); then loads the action's table and the walk.
 */
function startWalk(method: unknown, params: unknown, options: unknown, keepItems: boolean): Promise<Walk> {
  const identity = identifyAction(method);
  let plan: Omit<WalkPlan, 'label' | 'paging'>;
  try {
    if (!identity) throw validationError('method', 'must be a paged action of a client, such as client.devices.get');
    if (params !== undefined && params !== null && (typeof params !== 'object' || Array.isArray(params))) {
      throw validationError('params', 'must be an object');
    }
    const given = snapshot(params || {}) as Record<string, unknown>;
    plan = { send: method as Send, params: given, keepItems, ...walkOptions(snapshot(options)) };
  } catch (err) {
    return Promise.reject(err);
  }
  const { resource, action } = identity as ActionIdentity;
  return Promise.resolve(actionsOf(resource)).then((actions) => {
    const paging = actions[action].paging;
    const label = `${resource}.${action}`;
    if (!paging) throw validationError('method', `client.${label} does not read a list page by page: it has nothing to paginate`);
    return loadWalk().then((walk) => new walk.Walk({ ...plan, label, paging }));
  });
}

async function readAll(method: unknown, params: unknown, options: unknown): Promise<unknown[]> {
  const walk = await startWalk(method, params, options, true);
  while (await walk.next()) { /* the walk keeps the items */ }
  return walk.kept;
}

/** The `paginate` of one client. */
export function createPaginate(): Paginate {
  function paginate(method: unknown, params?: unknown, options?: unknown, callback?: unknown) {
    return dual((p, o) => readAll(method, p, o))(params, options, callback);
  }
  paginate.iterator = (method: unknown, params?: unknown, options?: unknown) => pageIterator(startWalk(method, params, options, false));
  return paginate as unknown as Paginate;
}
