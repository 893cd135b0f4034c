/**
 * Reads a proxy URL (from HTTP_PROXY and friends, or the `proxy` option) into
 * what the proxy agents need. A value that cannot be used is a Validation
 * error naming where it came from, never a silent direct connection: behind a
 * corporate proxy a direct attempt would only fail later with a stranger
 * error (ENOTFOUND), or worse, succeed around a proxy that was meant to be used.
 */
import { URL } from 'url';
import { LosantError } from '../../errors';

export interface ProxyConfig {
  /** The proxy URL, normalized (`http://` added when the scheme was left out); it may carry credentials. */
  href: string;
  protocol: 'http:' | 'https:';
  /** Without IPv6 brackets, for connecting. */
  hostname: string;
  port: number;
  /** `host:port` (IPv6 in brackets) for messages and keys: it never carries credentials. */
  label: string;
  /** `Basic …` when the URL carried a user name (percent-decoded, as curl does). */
  authorization?: string;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;

/**
 * Parses a proxy URL; `source` names the variable or option it came from and
 * is the error's `field`. The default port is the scheme's (80 or 443), as in
 * Node's own clients (curl alone assumes 1080).
 */
export function parseProxyUrl(value: string, source: string): ProxyConfig {
  const trimmed = value.trim();
  if (!trimmed) throw invalidProxy(source, 'is empty');
  // "proxy.corp:3128" has no scheme; a URL parser would take "proxy.corp" for one.
  const schemeMatch = SCHEME.exec(trimmed);
  const text = schemeMatch ? trimmed : `http://${trimmed}`;
  const scheme = schemeMatch ? schemeMatch[1].toLowerCase() : 'http';
  if (scheme !== 'http' && scheme !== 'https') {
    throw invalidProxy(source, `uses the unsupported scheme "${scheme}:" (use http:// or https://)`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch (_) {
    throw invalidProxy(source, `is not a valid URL: "${redact(trimmed)}"`);
  }
  if (!url.hostname) throw invalidProxy(source, `has no host name: "${redact(trimmed)}"`);
  const protocol = url.protocol as 'http:' | 'https:';
  const port = url.port ? Number(url.port) : protocol === 'https:' ? 443 : 80;
  // WHATWG URL keeps IPv6 brackets in `hostname`; net.connect wants them off.
  const hostname = url.hostname.charAt(0) === '[' ? url.hostname.slice(1, -1) : url.hostname;
  const label = `${url.hostname}:${port}`;
  const config: ProxyConfig = { href: url.href, protocol, hostname, port, label };
  if (url.username || url.password) config.authorization = basic(url.username, url.password, source, label);
  return config;
}

function basic(username: string, password: string, source: string, label: string): string {
  let pair: string;
  try {
    pair = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  } catch (_) {
    throw invalidProxy(source, `has credentials that are not valid percent-encoding (proxy ${label})`);
  }
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}

/** The value with anything before an `@` hidden: it may be a password. */
function redact(value: string): string {
  const at = value.lastIndexOf('@');
  if (at === -1) return value;
  const scheme = SCHEME.exec(value);
  return `${scheme ? scheme[0] : ''}***@${value.slice(at + 1)}`;
}

export function invalidProxy(source: string, why: string): LosantError {
  return new LosantError(`${source} ${why}`, { type: 'Validation', code: 'ERR_INVALID_PROXY', field: source });
}
