/**
 * Path-template expansion and query serialization. Every value that goes into
 * a URL passes through here, so every value a URL cannot carry is refused
 * here, as a Validation LosantError naming it, before anything is sent.
 */
import { validationError } from '../../errors';
import { DOT_SEGMENT_RULE, isDotSegment } from './path-segment';

const NOT_TEXT = 'cannot be converted to a string';
const LONE_SURROGATE = 'must be well-formed Unicode (it contains a lone surrogate)';

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
    const text = toText(name, values[name]);
    if (isDotSegment(text)) throw validationError(name, DOT_SEGMENT_RULE);
    path += encode(name, text) + parts[i + 1];
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

/** `String(value)`, or a Validation error for a value with no string form (`Object.create(null)`, say). */
export function toText(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch (cause) {
    throw validationError(name, NOT_TEXT, cause);
  }
}

const SUB_DELIMS = /[!'()*]/;
const SUB_DELIMS_ALL = /[!'()*]/g;

function encode(name: string, value: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch (cause) {
    // URIError: a lone surrogate has no UTF-8 form.
    throw validationError(name, LONE_SURROGATE, cause);
  }
  // Ids and flags rarely hold these: testing first saves the replace (and its callback) on every value.
  return SUB_DELIMS.test(encoded)
    ? encoded.replace(SUB_DELIMS_ALL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    : encoded;
}

/**
 * Serializes a query object the way `qs.stringify` does by default: nested
 * objects and arrays as `a[0][key]=v` (brackets percent-encoded), undefined
 * skipped, null as an empty value, dates as ISO strings, a Buffer as its
 * (UTF-8) text, a function as the object it is (its own keys: usually none,
 * so it is left out). A value that contains itself is refused (it would never end).
 */
export function serializeQuery(query: Record<string, unknown>): string {
  const parts: string[] = [];
  const open: unknown[] = [query];
  for (const key of Object.keys(query)) appendPair(parts, key, query[key], open);
  return parts.join('&');
}

function appendPair(parts: string[], key: string, value: unknown, open: unknown[]): void {
  if (value === undefined) return;
  if (value === null) {
    parts.push(`${encode(key, key)}=`);
  } else if (value instanceof Date) {
    const time = value.getTime();
    if (time !== time) throw validationError(key, 'must be a valid Date');
    parts.push(`${encode(key, key)}=${encode(key, value.toISOString())}`);
  } else if (isBuffer(value)) {
    parts.push(`${encode(key, key)}=${encode(key, toText(key, value))}`);
  } else if (typeof value === 'object' || typeof value === 'function') {
    if (open.indexOf(value) !== -1) throw validationError(key, 'must not contain itself (a circular reference)');
    open.push(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => appendPair(parts, `${key}[${index}]`, item, open));
    } else {
      const record = value as Record<string, unknown>;
      for (const inner of Object.keys(record)) appendPair(parts, `${key}[${inner}]`, record[inner], open);
    }
    open.pop();
  } else {
    parts.push(`${encode(key, key)}=${encode(key, toText(key, value))}`);
  }
}

/** A Node Buffer (or a polyfill's), found as qs finds it: without naming Buffer, which browsers lack. */
function isBuffer(value: unknown): boolean {
  const ctor = value !== null && typeof value === 'object' ? (value as { constructor?: { isBuffer?: (v: unknown) => boolean } }).constructor : undefined;
  return !!ctor && typeof ctor.isBuffer === 'function' && ctor.isBuffer(value);
}
