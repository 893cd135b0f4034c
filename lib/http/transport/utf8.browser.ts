/** The browser twin of utf8.ts: the same results from TextDecoder, TextEncoder and btoa. */
import { concatBytes } from '../streams/sse-parser';

export function utf8Text(chunks: Uint8Array[], _size: number): string {
  // ignoreBOM keeps a leading BOM in the text, as Buffer#toString does.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(concatBytes(chunks));
}

export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

export function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}
