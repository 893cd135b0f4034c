/** Path-template expansion and query serialization. */

/**
 * RFC 6570 simple-string expansion of `{name}` segments: everything but the
 * unreserved characters is percent-encoded, so `/`, `?`, `#` or `..` in an id
 * can never reach another path.
 */
export function expandPath(template: string, values: Record<string, unknown>): string {
  return template.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeRfc3986(String(values[name])));
}

function encodeRfc3986(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
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
