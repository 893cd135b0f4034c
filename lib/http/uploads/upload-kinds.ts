/**
 * What an upload (a `file` form field) may be on Node: a Buffer or other Uint8Array,
 * a string, or a readable stream (anything that pipes, such as fs.createReadStream).
 * The browser build uses upload-kinds.browser.ts.
 */
import { isStream } from './multipart-part';

/** What the Validation error says of a value that is none of these. */
export const UPLOAD_RULE = 'must be a Buffer, a string or a readable stream';

export function isUpload(value: unknown): boolean {
  return typeof value === 'string' || value instanceof Uint8Array || isStream(value);
}
