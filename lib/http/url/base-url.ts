/**
 * The `url` option, parsed once when it is set (with the URL class, not
 * regular expressions) into what requests need.
 *
 * Credentials in it (`http://user:password@host`) never travel inside a URL:
 * they become an `Authorization: Basic` header (what node-fetch and Node's
 * http did with them), and the URL that is sent, quoted by transports in
 * their error messages and shown in errors, hooks and logs carries none. So
 * no message, cause, stack or log can show them, however the password is
 * spelled (an `@` in it included).
 */
import { base64Utf8 } from '../transport/utf8';
import { WhatwgURL } from './url-class';

export interface BaseUrl {
  /** `scheme://host[:port][/prefix]`, without credentials or a trailing `/`: what requests are sent to. */
  wire: string;
  /** The same with `[REDACTED]@` where the url had credentials: what errors, hooks and logs show. */
  shown: string;
  /** `Basic …` for the url's credentials, or undefined when it has none. */
  basic: string | undefined;
}

const NOT_HTTP = 'must be an absolute http:// or https:// URL';
const HAS_QUERY = 'must not contain a query (?…) or a fragment (#…): the action\'s path is appended to it';

/** An absolute http:// or https:// URL, parsed; undefined for anything else (the base url, a proxy's target). */
export function parseHttpUrl(value: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new WhatwgURL(value);
  } catch (_) {
    return undefined;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
}

/** The parsed base URL, or why the value cannot be one. */
export function parseBaseUrl(value: unknown): BaseUrl | string {
  if (typeof value !== 'string') return NOT_HTTP;
  const parsed = parseHttpUrl(value);
  if (!parsed) return NOT_HTTP;
  // `?` or `#` anywhere, even with nothing after it: appending a path would put it in the query or fragment.
  if (/[?#]/.test(value)) return HAS_QUERY;
  const path = parsed.pathname === '/' ? '' : parsed.pathname.replace(/\/$/, '');
  const wire = `${parsed.protocol}//${parsed.host}${path}`;
  if (!parsed.username && !parsed.password) return { wire, shown: wire, basic: undefined };
  const userPass = `${decode(parsed.username)}:${decode(parsed.password)}`;
  return {
    wire,
    shown: `${parsed.protocol}//[REDACTED]@${parsed.host}${path}`,
    basic: `Basic ${base64Utf8(userPass)}`,
  };
}

/** The URL class keeps userinfo percent-encoded (`p%40ss`); the header carries it decoded, as Node's `auth` did. */
function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch (_) {
    return part;
  }
}
