/**
 * The browser twin of upload-kinds.ts: what an upload may be in a browser,
 * that is what the native FormData can send (form-body.browser.ts): a Blob
 * (a File included), the bytes of a Uint8Array, or a string.
 */

export const UPLOAD_RULE = 'must be a Blob, a File, a Uint8Array or a string';

export function isBlob(value: unknown): value is Blob {
  return typeof Blob === 'function' && value instanceof Blob;
}

export function isUpload(value: unknown): boolean {
  return typeof value === 'string' || value instanceof Uint8Array || isBlob(value);
}
