/**
 * Which proxy, if any, a request goes through: the `proxy` option when given
 * (a URL, or `false` for none), else the environment as curl reads it:
 *  - `http_proxy` / `HTTP_PROXY` for http:// targets, `https_proxy` / `HTTPS_PROXY`
 *    for https:// targets; when both cases are set the lowercase one wins (curl
 *    reads it first); an empty (or blank) value counts as unset;
 *  - `no_proxy` / `NO_PROXY` (lowercase first too) lists the hosts reached
 *    directly (see no-proxy.ts).
 * Like Go and curl, uppercase HTTP_PROXY is ignored when REQUEST_METHOD is
 * set: in a CGI program it can come from a request's `Proxy:` header ("httpoxy").
 * ALL_PROXY is not read.
 */
import { parseHttpUrl } from '../url/base-url';
import { bypassesProxy } from './no-proxy';
import { parsedOnce, ProxyOption } from './proxy-option';
import type { ProxyConfig } from './proxy-url';

export { validateProxyOption } from './proxy-option';
export type { ProxyOption } from './proxy-option';

export type ProxyEnv = { [name: string]: string | undefined };

/**
 * The proxy URL (normalized, credentials kept) for a target URL, or undefined
 * for a direct connection. Throws a LosantError (type `Validation`, `field`
 * naming the variable) when the variable that applies cannot be used.
 */
export function proxyForUrl(url: string, env: ProxyEnv = process.env): string | undefined {
  const config = proxyConfigForUrl(url, env);
  return config && config.href;
}

/** As proxyForUrl, parsed: what the agents take. */
export function proxyConfigForUrl(url: string, env: ProxyEnv = process.env): ProxyConfig | undefined {
  const target = targetOf(url);
  if (!target) return undefined;
  const variable = target.https ? read(env, 'https_proxy', 'HTTPS_PROXY') : read(env, 'http_proxy', httpUppercase(env));
  if (!variable) return undefined;
  const noProxy = read(env, 'no_proxy', 'NO_PROXY');
  // NO_PROXY first: a host the user exempted is reached even when the proxy variable is broken.
  if (noProxy && bypassesProxy(target, noProxy.value)) return undefined;
  return parsedOnce(variable.value, variable.name);
}

/**
 * The proxy for one request given the `proxy` option: an explicit URL applies
 * to every target (NO_PROXY is for the environment's proxies), `false` means
 * none, undefined means the environment decides.
 */
export function selectProxy(url: string, option: ProxyOption, env: ProxyEnv = process.env): string | undefined {
  if (option === false) return undefined;
  if (option !== undefined) return parsedOnce(option, 'proxy').href;
  return proxyForUrl(url, env);
}

interface Variable {
  name: string;
  value: string;
}

function read(env: ProxyEnv, lower: string, upper: string | undefined): Variable | undefined {
  const first = env[lower];
  if (first && first.trim()) return { name: lower, value: first };
  const second = upper === undefined ? undefined : env[upper];
  return second && second.trim() ? { name: upper as string, value: second } : undefined;
}

function httpUppercase(env: ProxyEnv): string | undefined {
  return env.REQUEST_METHOD ? undefined : 'HTTP_PROXY';
}

function targetOf(url: string): { https: boolean; hostname: string; port: number } | undefined {
  const parsed = parseHttpUrl(url);
  if (!parsed) return undefined;
  const https = parsed.protocol === 'https:';
  return { https, hostname: parsed.hostname, port: parsed.port ? Number(parsed.port) : https ? 443 : 80 };
}
