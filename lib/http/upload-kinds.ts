/**
 * What an upload (a `file` form field) may be on Node: a Buffer or other Uint8Array,
 * a string, or a readable stream (anything that pipes, such as fs.createReadStream).
 */
import { isStream } from './multipart-part';

export function isUpload(value: unknown): boolean {
  return typeof value === 'string' || value instanceof Uint8Array || isStream(value);
}
