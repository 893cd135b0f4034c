/**
 * The default transport: node-fetch@2 over shared keep-alive agents, with two
 * of node-fetch's socket bugs fixed at the agent, where the request and its
 * socket are visible:
 *  - a body cut off mid-way (socket closed before Content-Length is reached)
 *    leaves node-fetch's body stream pending forever on Node >= 14; we end
 *    that response's body stream with an error instead, so whoever reads it
 *    gets one. Only that response is affected: a redirect whose body is cut
 *    off, and thrown away anyway, does not fail the request that follows it;
 *  - on Node < 14 node-fetch adds a `close` listener to the socket for every
 *    request and never removes it, which on a keep-alive socket warns after 10
 *    calls and keeps every response reachable; we remove it once the body ends.
 * node-fetch (and its URL dependency) is loaded on the first request, not at
 * require time, so that loading the client stays cheap.
 */
import * as http from 'http';
import * as https from 'https';
import type { Socket } from 'net';
import { BrokenBodyError } from './body';
import type { FetchInit, FetchLike, FetchResponseLike } from './fetch-types';

type Fetch = (url: string, init: unknown) => Promise<FetchResponseLike>;

let nodeFetch: Fetch | undefined;
let loading: Promise<Fetch> | undefined;

function loadNodeFetch(): Promise<Fetch> {
  if (!loading) {
    loading = import('node-fetch').then((mod: unknown) => {
      // CommonJS interop differs between bundlers and Node's ESM loader: accept both shapes.
      const m = mod as { default?: Fetch };
      nodeFetch = typeof m === 'function' ? (m as unknown as Fetch) : (m.default as Fetch);
      return nodeFetch;
    });
  }
  return loading;
}

const LEAKS_CLOSE_LISTENERS = Number(process.versions.node.split('.')[0]) < 14;

/** One request's watch: its body stream (once fetch has resolved) and whether the body was cut off. */
interface Watch {
  body: BodyStream | undefined;
  broken: boolean;
}
interface BodyStream {
  destroyed?: boolean;
  destroy(err: Error): void;
  listenerCount(event: string): number;
  on(event: string, listener: () => void): unknown;
}

/**
 * The watch for the next request. node-fetch calls the agent function and then
 * http.request (which calls addRequest) synchronously inside fetch(), so the
 * watch set just before that call is the one for that request. One shared
 * function and two shared agents, rather than an agent per request.
 */
let nextWatch: Watch | undefined;

type AddRequest = (req: http.ClientRequest, options: unknown) => void;

function watching<A extends http.Agent>(agent: A): A {
  const add = (agent as unknown as { addRequest: AddRequest }).addRequest;
  (agent as unknown as { addRequest: AddRequest }).addRequest = function addRequest(req, options) {
    const watch = nextWatch;
    nextWatch = undefined;
    if (watch) watchRequest(req, watch);
    add.call(this, req, options);
  };
  return agent;
}

let agents: { http: http.Agent; https: https.Agent } | undefined;
/** The agent node-fetch asks for (it accepts a function of the URL). */
function agentFor(parsed: URL): http.Agent {
  if (!agents) {
    // Idle keep-alive sockets are unref'd by Node, so they never hold the process open.
    agents = { http: watching(new http.Agent({ keepAlive: true })), https: watching(new https.Agent({ keepAlive: true })) };
  }
  return parsed.protocol === 'https:' ? agents.https : agents.http;
}

function fetchWatched(f: Fetch, url: string, init: FetchInit): Promise<FetchResponseLike> {
  const watch: Watch = { body: undefined, broken: false };
  nextWatch = watch;
  let pending: Promise<FetchResponseLike>;
  try {
    pending = f(url, init);
  } finally {
    // Consumed by addRequest unless node-fetch failed before sending: never let it reach another request.
    nextWatch = undefined;
  }
  return pending.then((res) => {
    watch.body = res.body as BodyStream;
    if (watch.broken) breakBody(watch);
    return res;
  });
}

function ignore(): void {
  // The error of a body stream nobody reads.
}

/** Ends the response's body stream with an error, so that a read of it fails instead of pending forever. */
function breakBody(watch: Watch): void {
  watch.broken = true;
  const body = watch.body;
  if (!body || body.destroyed) return;
  // Nobody may be reading (a body already refused as too large): the error must not be thrown.
  if (body.listenerCount('error') === 0) body.on('error', ignore);
  body.destroy(new BrokenBodyError());
}

function watchRequest(req: http.ClientRequest, watch: Watch): void {
  req.once('response', (res: http.IncomingMessage) => {
    const check = () => {
      if (!res.complete) breakBody(watch);
    };
    res.once('aborted', check);
    res.once('close', check);
  });
  if (LEAKS_CLOSE_LISTENERS) {
    req.once('socket', (socket: Socket) => {
      // Listeners present now are Node's own; node-fetch adds its one right after us.
      const known = socket.listeners('close');
      req.once('response', (res: http.IncomingMessage) => {
        res.once('end', () => {
          for (const listener of socket.listeners('close')) {
            if (known.indexOf(listener) === -1) socket.removeListener('close', listener as (...args: unknown[]) => void);
          }
        });
      });
    });
  }
}

/** The default fetch: node-fetch on the shared agents, each response's body watched. */
export const defaultFetch: FetchLike = (url: string, init: FetchInit) => {
  // `init` is made afresh for every call by request.ts: adding the agent to it costs no copy.
  init.agent = agentFor;
  return nodeFetch ? fetchWatched(nodeFetch, url, init) : loadNodeFetch().then((f) => fetchWatched(f, url, init));
};
