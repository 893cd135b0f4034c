/**
 * The default transport: node-request.ts (one HTTP exchange over Node's
 * http/https, fetch-shaped, its response and socket watched) on the shared
 * keep-alive agents of agent-pool.ts, which go through a proxy when the
 * `proxy` option or the environment says so, with the `tls` option's
 * settings. A `fetch` given as an option replaces all of it.
 */
import type { ProxyOption } from '../proxy/proxy-env';
import type { FetchInit, FetchLike } from './fetch-types';
import { agentFor } from './agent-pool';
import { nodeRequest } from './node-request';
import type { TlsOptions } from '../proxy/tls-option';

/** The options a transport depends on. */
export interface TransportOptions {
  fetch?: FetchLike | null;
  proxy?: ProxyOption;
  tls?: TlsOptions | null;
}

/** The fetch a request goes through: the caller's `fetch`, else ours with their proxy and TLS settings. */
export function fetchFor(options: TransportOptions): FetchLike {
  if (options.fetch) return options.fetch;
  const { proxy, tls } = options;
  return (url: string, init: FetchInit) => nodeRequest(url, init, (target) => agentFor(target, proxy, tls));
}

/** Ours with the defaults: proxies from the environment, Node's own TLS settings. */
export const defaultFetch: FetchLike = fetchFor({});
