/**
 * Header rules in one place: which names and values HTTP allows, and the one
 * merge. Header names are case-insensitive, so a plain object keyed by name
 * can hold `Authorization` and `authorization` at once and send both; every
 * write goes through `setHeader`, which keeps one entry per name.
 */

/** An RFC 7230 token: what a header name (or a method) may be. */
export const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** Characters an HTTP header value may hold (RFC 7230 field-content, as Node checks it). */
const BAD_VALUE = /[^\t\x20-\x7e\x80-\xff]/;
const CR_LF = /[\r\n]/;

/**
 * Why a header value cannot be sent, or undefined. CR or LF would let a
 * caller's data forge headers. The reason never quotes the value: it may be
 * the access token.
 */
export function headerValueProblem(value: string): string | undefined {
  if (CR_LF.test(value)) return 'must not contain CR or LF characters';
  if (BAD_VALUE.test(value)) return 'contains a character that is not allowed in an HTTP header';
  return undefined;
}

/** The name under which `headers` holds `name` (in any case), or undefined. */
function keyOf(headers: Record<string, string>, name: string): string | undefined {
  if (headers[name] !== undefined) return name;
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() === lower) return key;
  }
  return undefined;
}

/** Sets `name` to `value`, replacing the header of that name in any case: one header is sent, this one. */
export function setHeader(headers: Record<string, string>, name: string, value: string): void {
  const existing = keyOf(headers, name);
  if (existing !== undefined && existing !== name) delete headers[existing];
  headers[name] = value;
}

/** Whether `headers` holds `name`, in any case. */
export function hasHeader(headers: Record<string, string>, name: string): boolean {
  return keyOf(headers, name) !== undefined;
}

/** Removes the header `name` (in any case). */
export function deleteHeader(headers: Record<string, string>, name: string): void {
  const existing = keyOf(headers, name);
  if (existing !== undefined) delete headers[existing];
}

/** A copy without the header `name` (in any case). */
export function withoutHeader(headers: Record<string, string>, name: string): Record<string, string> {
  const copy = { ...headers };
  deleteHeader(copy, name);
  return copy;
}

/**
 * Header names (any case) that carry credentials: never sent to another
 * origin, never shown. A caller's own Proxy-Authorization is one too (the
 * proxy agents send the proxy URL's credentials themselves, only to the proxy).
 */
export function isCredential(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'authorization' || lower === 'cookie' || lower === 'proxy-authorization';
}

/** The headers without credentials, for a redirect to another origin. */
export function withoutCredentials(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    if (!isCredential(name)) kept[name] = headers[name];
  }
  return kept;
}
