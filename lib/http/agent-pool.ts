/**
 * The keep-alive agents the default transport connects with: one {http, https}
 * pair for direct connections and one pair per proxy URL, for each distinct
 * `tls` setting. Which pair serves a request is decided per URL (selectProxy:
 * the `proxy` option, else HTTP_PROXY / HTTPS_PROXY / NO_PROXY as curl reads
 * them), so a redirect to another host gets its own decision, and a change of
 * the environment applies to the next request.
 * Idle keep-alive sockets are unref'd by Node, so they never hold the process open.
 */
import * as http from 'http';
import * as https from 'https';
import { HttpProxyAgent, HttpsProxyAgent } from './proxy-agent';
import { ProxyOption, selectProxy } from './proxy-env';
import { TlsOptions, tlsKey, tlsSettings } from './tls-option';

interface AgentPair {
  http: http.Agent;
  https: https.Agent;
}

const pairs: Map<string, AgentPair> = new Map();

/**
 * The agent for one request. Throws a Validation LosantError (before anything
 * is sent) when the proxy variable that applies cannot be used.
 */
export function agentFor(target: URL, proxyOption: ProxyOption, tls: TlsOptions | null | undefined): http.Agent {
  const proxy = selectProxy(target.href, proxyOption);
  const key = `${proxy || ''} ${tlsKey(tls)}`;
  let pair = pairs.get(key);
  if (!pair) {
    pair = makePair(proxy, tls);
    pairs.set(key, pair);
  }
  return target.protocol === 'https:' ? pair.https : pair.http;
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
