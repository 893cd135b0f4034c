/**
 * Decoders for a response's Content-Encoding (gzip, deflate, br), and how to
 * stop one at once: a body of a few hundred bytes can inflate to gigabytes,
 * and a decoder left running after its call is over burns a core for minutes.
 */
import { Transform } from 'stream';
import * as zlib from 'zlib';

function ignore(): void {
  // An error from a decoder that was stopped.
}

const ZLIB = (zlib as unknown as { constants?: { Z_SYNC_FLUSH: number } }).constants;
/** As curl does, lenient with a compressed body that ends without its final block. */
const LENIENT = { flush: ZLIB ? ZLIB.Z_SYNC_FLUSH : 2, finishFlush: ZLIB ? ZLIB.Z_SYNC_FLUSH : 2 };

/** The decoder for a Content-Encoding (gzip, deflate, br, in any case), or none: an unknown coding is passed on as it came. */
export function decoderFor(coding: string): Transform | undefined {
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(LENIENT);
  if (coding === 'deflate' || coding === 'x-deflate') return new DeflateEither();
  // Node 8 and 10.0-10.15 have no brotli.
  if (coding === 'br' && typeof zlib.createBrotliDecompress === 'function') return zlib.createBrotliDecompress();
  return undefined;
}

/** A decoder stops at once, with whatever input it still holds (a small body can inflate to gigabytes). */
export function stopDecoder(decoder: Transform): void {
  decoder.on('error', ignore);
  const zlibStream = decoder as Transform & { close?: () => void };
  if (typeof zlibStream.close === 'function') zlibStream.close();
  decoder.destroy();
}

/**
 * `deflate` is meant to be zlib-wrapped, but some old servers send raw deflate;
 * the first byte tells which (a zlib header's low nibble is 8).
 */
class DeflateEither extends Transform {
  private inflate: zlib.Inflate | zlib.InflateRaw | undefined;

  override _transform(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    if (!this.inflate) {
      const inflate = (chunk[0] & 0x0f) === 0x08 ? zlib.createInflate() : zlib.createInflateRaw();
      inflate.on('data', (data: Buffer) => this.push(data));
      inflate.on('error', (error: Error) => this.destroy(error));
      this.inflate = inflate;
    }
    this.inflate.write(chunk, () => done());
  }

  override _flush(done: (error?: Error | null) => void): void {
    const inflate = this.inflate;
    if (!inflate) return done();
    inflate.once('end', () => done());
    inflate.end();
    return undefined;
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (this.inflate) stopDecoder(this.inflate);
    callback(error);
  }
}
