/**
 * The default transport: node-fetch@2 over shared keep-alive agents, with two
 * of node-fetch's socket bugs fixed at the agent, where the request and its
 * socket are visible:
 *  - a body cut off mid-way (socket closed before Content-Length is reached)
 *    leaves node-fetch's body stream pending forever on Node >= 14; we abort
 *    the attempt instead, so the caller gets an error;
 *  - on Node < 14 node-fetch adds a `close` listener to the socket for every
 *    request and never removes it, which on a keep-alive socket warns after 10
 *    calls and keeps every response reachable; we remove it once the body ends.
 * node-fetch (and its URL dependency) is loaded on the first request, not at
 * require time, so that loading the client stays cheap.
 */
import * as http from 'http';
import * as https from 'https';
import type { Socket } from 'net';
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

let agents: { http: http.Agent; https: https.Agent } | undefined;
function sharedAgent(protocol: string): http.Agent {
  if (!agents) {
    // Idle keep-alive sockets are unref'd by Node, so they never hold the process open.
    agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };
  }
  return protocol === 'https:' ? agents.https : agents.http;
}

const LEAKS_CLOSE_LISTENERS = Number(process.versions.node.split('.')[0]) < 14;

/** An agent that behaves as the shared one but watches the request it is given. */
function watchingAgent(protocol: string, onBrokenBody: () => void): http.Agent {
  const base = sharedAgent(protocol);
  const agent = Object.create(base) as http.Agent & { addRequest(req: http.ClientRequest, options: unknown): void };
  agent.addRequest = (req: http.ClientRequest, options: unknown) => {
    watchRequest(req, onBrokenBody);
    (base as unknown as { addRequest(r: http.ClientRequest, o: unknown): void }).addRequest(req, options);
  };
  return agent;
}

function watchRequest(req: http.ClientRequest, onBrokenBody: () => void): void {
  req.once('response', (res: http.IncomingMessage) => {
    const check = () => {
      if (!res.complete) onBrokenBody();
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

/** Makes the default fetch for one attempt; `onBrokenBody` aborts that attempt. */
export function defaultFetch(onBrokenBody: () => void): FetchLike {
  return (url: string, init: FetchInit) => {
    const withAgent = { ...init, agent: (parsed: URL) => watchingAgent(parsed.protocol, onBrokenBody) };
    return nodeFetch ? nodeFetch(url, withAgent) : loadNodeFetch().then((f) => f(url, withAgent));
  };
}
