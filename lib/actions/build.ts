/**
 * The one generic step from table to methods: every action method is `dual()` around
 * "read the call's arguments, load the resource's table (on its first call), validate the
 * params, turn them into a request, send it". A resource's methods exist as soon as the
 * resource is first touched (from the names in lib/generated/resources/index.ts); its
 * table and schemas load on the first call of one of them.
 */
import { dual } from '../dual';
import { LosantError, validationError } from '../errors';
import type { RequestSpec } from '../http/request';
import { discardBody } from '../http/transport/body';
import type { FormField } from '../http/uploads/form-body';
import { jsonText } from '../http/json-text';
import { expandPath } from '../http/url/url';
import { actionNames, loaders, ResourceName } from '../generated/resources/index';
import { registerAction } from '../pagination/registry';
import type { ActionSpec, ResourceActions } from './types';

/**
 * The two steps of a call: `start` reads everything the caller gave (the params, the
 * call's options, the client's options) when the call is made, and `run` sends it once the
 * resource's table is there. So a first call, which waits for its table, sends what the
 * caller passed then, whatever changes afterwards.
 */
export interface CallRunner<Started> {
  start(params: unknown, options: unknown): Started;
  run(action: ActionSpec, started: Started): Promise<unknown>;
}

const loaded: { [resource: string]: ResourceActions } = {};
const loading: { [resource: string]: Promise<ResourceActions> } = {};

/** The resource's actions: at once when loaded, else a promise of them (one load per process). */
export function actionsOf(resource: ResourceName): ResourceActions | Promise<ResourceActions> {
  if (loaded[resource]) return loaded[resource];
  if (!loading[resource]) {
    loading[resource] = loaders[resource]().then((mod) => {
      loaded[resource] = mod.default;
      return mod.default;
    }, (err: unknown) => {
      // A chunk that failed to load (a network hiccup in a browser) is tried again on the next call.
      delete loading[resource];
      throw new LosantError(`Could not load the ${resource} actions: ${err instanceof Error ? err.message : String(err)}`, {
        type: 'Network', code: 'ERR_CHUNK_LOAD', cause: err,
      });
    });
  }
  return loading[resource];
}

/** `client.<resource>`: one dual-style method per action. */
export function resourceApi<S>(resource: ResourceName, runner: CallRunner<S>): Record<string, ReturnType<typeof dual>> {
  const api: Record<string, ReturnType<typeof dual>> = {};
  const names = actionNames[resource];
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    api[name] = dual((params, options) => {
      const actions = actionsOf(resource);
      // Every call after the first finds the table loaded: no copy and no extra promise on the common path.
      if (!(actions instanceof Promise)) return runner.run(actions[name], runner.start(params, options));
      const started = runner.start(snapshot(params), options);
      return actions.then((table) => runner.run(table[name], started), (err: unknown) => refuse(params, err));
    }, discardStreams);
    registerAction(api[name], resource, name);
  }
  return api;
}

/**
 * Lets go of the streams a refused call was given (an upload's file): a call
 * refused before anything is sent takes them with it, as a sent one does, so a
 * file stream closes its file. Only the params' own values shaped like a
 * stream are touched; a value that cannot be read has nothing to let go of.
 */
function discardStreams(params: unknown): void {
  if (params === null || typeof params !== 'object') return;
  try {
    const record = params as Record<string, unknown>;
    const names = Object.keys(record);
    for (let i = 0; i < names.length; i++) {
      const value = record[names[i]] as { pipe?: unknown; on?: unknown; getReader?: unknown } | null;
      if (value && typeof value === 'object' && ((typeof value.pipe === 'function' && typeof value.on === 'function') || typeof value.getReader === 'function')) {
        discardBody(value);
      }
    }
  } catch (err) {
    // A getter that throws: the refusal the caller gets is the one that matters.
  }
}

/** A call refused before anything is sent: its streams go with it (discardStreams), and it fails with `err`. */
export function refuse(params: unknown, err: unknown): Promise<never> {
  discardStreams(params);
  return Promise.reject(err);
}

/**
 * The params as they are now, for a call that must wait for its table: plain objects and
 * arrays are copied all the way down (a cycle stays a cycle, for the serializer to refuse);
 * anything else (a Buffer, a stream, a Date, a Blob) is kept as given.
 */
export function snapshot(value: unknown, seen?: Map<unknown, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const isArray = Array.isArray(value);
  const proto = Object.getPrototypeOf(value);
  if (!isArray && proto !== Object.prototype && proto !== null) return value;
  const copies = seen || new Map<unknown, unknown>();
  const known = copies.get(value);
  if (known) return known;
  const copy: Record<string, unknown> = isArray ? ([] as unknown as Record<string, unknown>) : Object.create(proto);
  copies.set(value, copy);
  const keys = Object.keys(value as object);
  for (let i = 0; i < keys.length; i++) copy[keys[i]] = snapshot((value as Record<string, unknown>)[keys[i]], copies);
  return copy;
}

/** Where each param goes on the wire, as the action table says. Params are already validated. */
export function toRequest(action: ActionSpec, params: Record<string, unknown>): RequestSpec {
  const query: Record<string, unknown> = {};
  const defaults = Object.keys(action.query);
  for (let i = 0; i < defaults.length; i++) {
    const key = defaults[i];
    query[key] = params[key] !== undefined ? params[key] : action.query[key];
  }
  const headers: Record<string, unknown> = {};
  let body: unknown;
  let bodyName: string | undefined;
  let form: FormField[] | undefined;
  const specs = action.params;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i];
    const value = params[spec.name];
    if (value === undefined || value === null || value === '') {
      // Even with validation off, never send a request to `/orgs/undefined`.
      if (spec.in === 'path') throw validationError(spec.name, 'is required');
      // Left out: not sent. A blank or null query value is sent (`name=`), as losant-rest's qs sends it.
      if (value === undefined || (value === null && spec.in !== 'query')) continue;
    }
    if (spec.in === 'query') query[spec.name] = spec.encode === 'json' ? jsonText(spec.name, value) : value;
    else if (spec.in === 'header') headers[spec.name] = value;
    else if (spec.in === 'body') {
      body = value;
      bodyName = spec.name;
    } else if (spec.in === 'formData') {
      (form || (form = [])).push({ name: spec.name, value: spec.encode === 'json' ? jsonText(spec.name, value) : value });
    }
  }
  const request: RequestSpec = { method: action.method, path: expandPath(action.path, params), query, headers, body, bodyName };
  if (action.transport === 'multipart') request.form = form || [];
  // As Losant's own clients: every JSON call but a GET starts from the body `{}`, which a body param replaces.
  else if (body === undefined && action.method !== 'GET') request.body = {};
  return request;
}
