/**
 * The rule for a value that fills a whole path segment, shared by the client
 * (url.ts, before sending) and the emulator (its router, on arrival), so the
 * two can never disagree about which ids name a resource.
 *
 * `.` and `..` are refused, not encoded: URL parsers (WHATWG URL, used by
 * node-fetch and by Node's global fetch) and RFC 3986 normalisation in proxies
 * resolve those segments even when percent-encoded (`%2e`, `.%2E`), so
 * `/orgs/..` would reach `/`. No encoding keeps them in place.
 */

export const DOT_SEGMENT_RULE = 'must not be "." or ".." (a path segment that URLs resolve away)';

/** True for a (decoded) segment value that URLs treat as "this folder" or "the parent folder". */
export function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}
