/** Path-template expansion and query serialization. */
import { validationError } from '../errors';
import { DOT_SEGMENT_RULE, isDotSegment } from './path-segment';

/**
 * RFC 6570 simple-string expansion of `{name}` segments: everything but the
 * unreserved characters is percent-encoded, so `/`, `?` or `#` in an id can
 * never reach another path, and `.` or `..` (which URLs resolve even when
 * encoded) are refused.
 */
export function expandPath(template: string, values: Record<string, unknown>): string {
  const parts = compiled(template);
  let path = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    const text = String(values[name]);
    if (isDotSegment(text)) throw validationError(name, DOT_SEGMENT_RULE);
    path += encodeRfc3986(text) + parts[i + 1];
  }
  return path;
}

/** A template split once into [literal, name, literal, …]: the action table has a dozen, used on every call. */
const templates = new Map<string, string[]>();
function compiled(template: string): string[] {
  let parts = templates.get(template);
  if (!parts) {
    parts = template.split(/\{([^}]+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

const SUB_DELIMS = /[!'()*]/;
const SUB_DELIMS_ALL = /[!'()*]/g;

function encodeRfc3986(value: string): string {
  const encoded = encodeURIComponent(value);
  // Ids and flags rarely hold these: testing first saves the replace (and its callback) on every value.
  return SUB_DELIMS.test(encoded)
    ? encoded.replace(SUB_DELIMS_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : encoded;
}

/**
 * Serializes a query object the way `qs.stringify` does by default: nested
 * objects and arrays as `a[0][key]=v` (brackets percent-encoded), undefined
 * skipped, null as an empty value, dates as ISO strings.
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query)) appendPair(parts, key, query[key]);
  return parts.join('&');
}

function appendPair(parts: string[], key: string, value: unknown): void {
  if (value === undefined) return;
  if (value === null) {
    parts.push(`${encodeRfc3986(key)}=`);
  } else if (value instanceof Date) {
    parts.push(`${encodeRfc3986(key)}=${encodeRfc3986(value.toISOString())}`);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => appendPair(parts, `${key}[${index}]`, item));
  } else if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const inner of Object.keys(record)) appendPair(parts, `${key}[${inner}]`, record[inner]);
  } else {
    parts.push(`${encodeRfc3986(key)}=${encodeRfc3986(String(value))}`);
  }
}

/** Base URL plus path (the base may end with `/` or carry a path prefix) plus query. */
export function buildUrl(base: string, path: string, query: string): string {
  const root = base.charCodeAt(base.length - 1) === 47 /* / */ ? base.slice(0, -1) : base;
  return query ? `${root}${path}?${query}` : `${root}${path}`;
}
