/**
 * The keep-alive agents the default transport connects with: one {http, https}
 * pair for direct connections and one pair per proxy URL, for each distinct
 * `tls` setting. Which pair serves a request is decided per URL (selectProxy:
 * the `proxy` option, else HTTP_PROXY / HTTPS_PROXY / NO_PROXY as curl reads
 * them), so a redirect to another host gets its own decision, and a change of
 * the environment applies to the next request.
 * Idle keep-alive sockets are unref'd by Node, so they never hold the process open.
 *
 * The pool is bounded: a `tls` value made afresh for each call with a new
 * `checkServerIdentity` function is a new setting each time, and its agents,
 * with their idle sockets, would pile up for the life of the process. Past
 * MAX_PAIRS, the least recently used pairs with no request under way are
 * destroyed (which closes their idle sockets); a pair still in use is left
 * alone and comes up again at the next eviction.
 */
import * as http from 'http';
import * as https from 'https';
import { HttpProxyAgent, HttpsProxyAgent } from '../proxy/proxy-agent';
import { ProxyOption, selectProxy } from '../proxy/proxy-env';
import { TlsOptions, tlsKey, tlsSettings } from '../proxy/tls-option';

interface AgentPair {
  http: http.Agent;
  https: https.Agent;
}

/** Most programs use one pair, or one per proxy; the bound only stops unbounded growth. */
const MAX_PAIRS = 16;

/** In order of use, least recent first (a Map keeps insertion order; a pair used again is moved to the end). */
const pairs: Map<string, AgentPair> = new Map();

/**
 * The agent for one request. Throws a Validation LosantError (before anything
 * is sent) when the proxy variable that applies cannot be used.
 */
export function agentFor(target: URL, proxyOption: ProxyOption, tls: TlsOptions | null | undefined): http.Agent {
  const proxy = selectProxy(target.href, proxyOption);
  const key = `${proxy || ''} ${tlsKey(tls)}`;
  let pair = pairs.get(key);
  if (pair) {
    // The common case, one pair for every call: nothing to reorder.
    if (pairs.size > 1) {
      pairs.delete(key);
      pairs.set(key, pair);
    }
  } else {
    pair = makePair(proxy, tls);
    pairs.set(key, pair);
    if (pairs.size > MAX_PAIRS) evictIdle(pair);
  }
  return target.protocol === 'https:' ? pair.https : pair.http;
}

function busy(agent: http.Agent): boolean {
  const has = (table: { [name: string]: unknown[] | undefined }) => Object.keys(table).some((name) => (table[name] || []).length > 0);
  return has(agent.sockets as { [name: string]: unknown[] }) || has(agent.requests as { [name: string]: unknown[] });
}

/** Destroys least recently used pairs with nothing under way (never `keep`, about to serve) until the pool is back within its bound. */
function evictIdle(keep: AgentPair): void {
  for (const [key, pair] of pairs) {
    if (pairs.size <= MAX_PAIRS) return;
    if (pair === keep || busy(pair.http) || busy(pair.https)) continue;
    pairs.delete(key);
    pair.http.destroy();
    pair.https.destroy();
  }
}

function makePair(proxy: string | undefined, tls: TlsOptions | null | undefined): AgentPair {
  const settings = tlsSettings(tls);
  if (!proxy) {
    return { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true, ...settings.origin }) };
  }
  // An https:// proxy is checked with the same trust settings; a client certificate is for the API only.
  const proxyTls = settings.proxy;
  return {
    http: new HttpProxyAgent(proxy, { keepAlive: true, proxyTls }),
    https: new HttpsProxyAgent(proxy, { keepAlive: true, ...settings.origin, proxyTls }),
  };
}
