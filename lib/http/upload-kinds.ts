/**
 * What an upload (a `file` form field) may be on Node: a Buffer or other Uint8Array,
 * a string, or a readable stream (anything that pipes, such as fs.createReadStream).
 */
export function isUpload(value: unknown): boolean {
  if (typeof value === 'string' || value instanceof Uint8Array) return true;
  const stream = value as { pipe?: unknown; on?: unknown } | null;
  return stream !== null && typeof stream === 'object' && typeof stream.pipe === 'function' && typeof stream.on === 'function';
}
