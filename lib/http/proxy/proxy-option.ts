/**
 * The `proxy` option, checked when it is given (createClient, setOption, a call's options).
 * Apart from proxy-env.ts, which decides a request's proxy and needs no-proxy.ts (and with
 * it Node's `net`): checking an option must not load what only a request needs.
 */
import { invalidProxy, parseProxyUrl, ProxyConfig } from './proxy-url';

/** The `proxy` option: a proxy URL, `false` to ignore the environment, or undefined to read it. */
export type ProxyOption = string | false | undefined;

/**
 * Checks a `proxy` option before anything is sent: returns it normalized
 * (`http://` added when the scheme was left out), `false`, or undefined.
 */
export function validateProxyOption(value: unknown): ProxyOption {
  if (value === undefined || value === false) return value;
  if (typeof value !== 'string') throw invalidProxy('proxy', 'must be a proxy URL string (http:// or https://) or false');
  return parsedOnce(value, 'proxy').href;
}

/** Every request reads the same variable: parse it once (one entry is enough). */
let last: { value: string; source: string; config: ProxyConfig } | undefined;

export function parsedOnce(value: string, source: string): ProxyConfig {
  if (last && last.value === value && last.source === source) return last.config;
  const config = parseProxyUrl(value, source);
  last = { value, source, config };
  return config;
}
