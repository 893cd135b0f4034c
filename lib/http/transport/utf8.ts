/**
 * UTF-8 between bytes and text, for response bodies and the url's
 * credentials. Node: Buffer, which is fastest there. The browser build uses
 * utf8.browser.ts (TextDecoder, TextEncoder, btoa), with the same results:
 * invalid sequences become U+FFFD and a BOM is kept.
 */

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The text of `chunks`, which hold `size` bytes in all. */
export function utf8Text(chunks: Uint8Array[], size: number): string {
  if (chunks.length === 1) return asBuffer(chunks[0]).toString('utf8');
  return Buffer.concat(chunks, size).toString('utf8');
}

export function utf8ByteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Base64 of the text's UTF-8 bytes (an `Authorization: Basic` value). */
export function base64Utf8(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}
