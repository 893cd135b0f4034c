/**
 * The default transport: node-request.ts (one HTTP exchange over Node's
 * http/https, fetch-shaped, its response and socket watched) on two shared
 * keep-alive agents. A `fetch` given as an option replaces it.
 * Idle keep-alive sockets are unref'd by Node, so they never hold the process open.
 */
import * as http from 'http';
import * as https from 'https';
import type { FetchInit, FetchLike } from './fetch-types';
import { nodeRequest } from './node-request';

/** The options a transport depends on. */
export interface TransportOptions {
  fetch?: FetchLike | null;
}

let agents: { http: http.Agent; https: https.Agent } | undefined;

function agentFor(target: URL): http.Agent {
  if (!agents) agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  return target.protocol === 'https:' ? agents.https : agents.http;
}

/** Ours: keep-alive agents, Node's own TLS settings. */
export const defaultFetch: FetchLike = (url: string, init: FetchInit) => nodeRequest(url, init, agentFor);

/** The fetch a request goes through: the caller's `fetch`, else ours. */
export function fetchFor(options: TransportOptions): FetchLike {
  return options.fetch || defaultFetch;
}
