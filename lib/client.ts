/** `createClient`: the options live in this closure; each resource appears on first access. */
import { CallRunner, refuse, resourceApi, toRequest } from './actions/build';
import type { ActionSpec } from './actions/types';
import { dual } from './dual';
import { validationError } from './errors';
import { actionNames, ResourceName } from './generated/resources/index';
import type { Resources } from './generated/api';
import { preloadWire, sendLater } from './http/wire/lazy-wire';
import { createPaginate } from './pagination/index';
import type { Paginate } from './pagination/types';
import { applyOptions, ClientOptions, DEFAULTS, isOptionName, NormalizedOptions, setOneOption } from './options';
import type { RawRequestMethod } from './types';
import { toRawRequest } from './raw-request';
import { checkParams } from './validate';

export interface ClientCore {
  /** Changes an option for every later call; returns the client. */
  setOption<K extends keyof ClientOptions>(name: K, value: ClientOptions[K]): Client;
  getOption<K extends keyof ClientOptions>(name: K): ClientOptions[K];
  /** Any request to the API, with the client's options, in the same callback-or-promise style. */
  readonly request: RawRequestMethod;
  /**
   * Every item of a paged action's list (`client.paginate(client.devices.get, params)`), in the
   * same callback-or-promise style; `client.paginate.iterator(…)` gives its pages one by one.
   */
  readonly paginate: Paginate;
}

/** A client: every resource of the API (`client.org`, `client.device`, …) plus setOption, getOption, request and paginate. */
export type Client = ClientCore & Resources;

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

  /** A call's arguments, read when it is made: its params, and its options or why they are refused. */
  interface Started { params: unknown; resolved?: NormalizedOptions; refused?: unknown }
  const actions: CallRunner<Started> = {
    start(params, opts) {
      // The transport loads while a first call waits for its resource's table, not after it.
      preloadWire();
      try {
        return { params, resolved: callOptions(opts) };
      } catch (refused) {
        return { params, refused };
      }
    },
    run(action: ActionSpec, { params, resolved, refused }: Started): Promise<unknown> {
      // Refused before sending: the call's streams (an upload's file) go with it all the same.
      if (!resolved) return refuse(params, refused);
      const problem = resolved.validate ? checkParams(action, params) : undefined;
      if (problem) return refuse(params, problem);
      const record = params !== null && typeof params === 'object' ? (params as Record<string, unknown>) : {};
      let request;
      try {
        request = toRequest(action, record);
      } catch (err) {
        return refuse(params, err);
      }
      return sendLater(resolved, request, action.transport === 'eventStream');
    },
  };

  function runRequest(request: unknown, opts: unknown): Promise<unknown> {
    const resolved = callOptions(opts);
    return sendLater(resolved, toRawRequest(request));
  }

  const client = {
    setOption(name: keyof ClientOptions, value: unknown) {
      current = setOneOption(current, name, value as never);
      return client;
    },
    getOption(name: keyof ClientOptions) {
      return (isOptionName(name) ? (current as unknown as Record<string, unknown>)[name] : undefined) as never;
    },
    request: dual((request, opts) => runRequest(request, opts)) as RawRequestMethod,
    paginate: createPaginate(),
  } as unknown as Client;
  // Each resource is built on first access: a script that uses one resource builds one.
  const built: { [resource: string]: unknown } = {};
  for (const resource of Object.keys(actionNames) as ResourceName[]) {
    Object.defineProperty(client, resource, {
      enumerable: true,
      get: () => built[resource] || (built[resource] = resourceApi(resource, actions)),
    });
  }
  return client;
}
