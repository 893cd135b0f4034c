/** `createClient`: the options live in this closure, then `client.org` is built from the table. */
import { orgActions } from './actions/org';
import { buildMethods, toRequest } from './actions/build';
import type { ActionSpec } from './actions/types';
import { dual } from './dual';
import { validationError } from './errors';
import { send } from './http/request';
import { applyOptions, ClientOptions, DEFAULTS, isOptionName, NormalizedOptions, setOneOption } from './options';
import type { OrgApi, RawRequestMethod } from './types';
import { checkParams } from './validate';

export interface Client {
  readonly org: OrgApi;
  /** Changes an option for every later call; returns the client. */
  setOption<K extends keyof ClientOptions>(name: K, value: ClientOptions[K]): Client;
  getOption<K extends keyof ClientOptions>(name: K): ClientOptions[K];
  /** Any request to the API, with the client's options, in the same callback-or-promise style. */
  readonly request: RawRequestMethod;
}

export function createClient(options?: ClientOptions): Client {
  // Kept in this closure, not on the client, so `util.inspect(client)` cannot show the token.
  // Checked here, once; a refused value is reported by every call (createClient itself never throws).
  let current: NormalizedOptions = applyOptions(DEFAULTS, options);

  /** The options for one call: the client's, with the call's own applied and checked. */
  function callOptions(value: unknown): NormalizedOptions {
    if (value !== undefined && value !== null && typeof value !== 'object') {
      throw validationError('options', 'must be an object');
    }
    const resolved = applyOptions(current, value);
    if (resolved.refused) {
      const name = Object.keys(resolved.refused)[0];
      throw validationError(name, resolved.refused[name]);
    }
    return resolved;
  }

  function runAction(action: ActionSpec, params: unknown, opts: unknown): Promise<unknown> {
    const resolved = callOptions(opts);
    const problem = resolved.validate ? checkParams(action, params) : undefined;
    if (problem) return Promise.reject(problem);
    const record = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
    return send(resolved, toRequest(action, record));
  }

  function runRequest(request: unknown, opts: unknown): Promise<unknown> {
    const resolved = callOptions(opts);
    const req = request as { method?: unknown; path?: unknown; query?: unknown; headers?: unknown; body?: unknown } | null;
    if (!req || typeof req !== 'object') throw validationError('request', 'must be an object');
    if (typeof req.method !== 'string' || !req.method) throw validationError('request.method', 'must be a string');
    if (typeof req.path !== 'string' || req.path.charAt(0) !== '/') throw validationError('request.path', 'must start with /');
    const query = objectOrNone('request.query', req.query);
    const headers = objectOrNone('request.headers', req.headers);
    return send(resolved, { method: req.method.toUpperCase(), path: req.path, query, headers, body: req.body, bodyName: 'request.body' });
  }

  const client: Client = {
    org: buildMethods(orgActions, runAction) as unknown as OrgApi,
    setOption(name, value) {
      current = setOneOption(current, name, value);
      return client;
    },
    getOption(name) {
      return (isOptionName(name) ? (current as unknown as Record<string, unknown>)[name] : undefined) as never;
    },
    request: dual((request, opts) => runRequest(request, opts)) as RawRequestMethod,
  };
  return client;
}

/** A plain object, or undefined for null/undefined; anything else (a string's characters would become keys) is refused. */
function objectOrNone(name: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError(name, 'must be an object');
  return value as Record<string, unknown>;
}
