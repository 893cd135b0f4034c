/**
 * multipart/form-data for the upload actions on Node, with the same parts
 * losant-rest 2.x sends through the `form-data` package (same field order,
 * names, filenames, content types and bytes; only the boundary differs).
 * Node built-ins only; browsers use their native FormData instead (issue 16).
 *
 * What each value becomes (as form-data does, unless marked):
 *  - string: a plain field, its UTF-8 bytes, no Content-Type;
 *  - finite number, boolean: the text of it ("42", "true"). form-data writes a
 *    boolean as a raw `true` chunk, which makes the request throw: we send the text,
 *    as a browser's FormData does;
 *  - Buffer, Uint8Array: `application/octet-stream`, no filename (form-data throws
 *    on a Uint8Array that is not a Buffer: we send its bytes);
 *  - a readable stream: `application/octet-stream`, except that a `name` or
 *    `path` (an fs stream's) gives the filename (its basename) and a type from
 *    the extension, and an HTTP response gives its URL's basename and its
 *    Content-Type. The caller's `filename` and `contentType` come first.
 * Refused with a Validation error (nothing is sent): null, undefined, NaN and
 * the infinities (form-data sends the text "null"…), arrays (form-data fails),
 * plain objects and anything else (form-data throws a TypeError); send an
 * object as JSON text with `jsonPart`. A stream already read or destroyed is
 * refused too: it would never end.
 */
import { randomBytes } from 'crypto';
import type { Readable } from 'stream';
import { validationError } from '../../errors';
import { jsonText } from '../json-text';
import { isStream, MultipartPart, partHeader, ReadableLike, spentStream } from './multipart-part';
import { MultipartBody, Segment } from './multipart-stream';

export type { MultipartPart, MultipartValue, ReadableLike } from './multipart-part';

export interface EncodedMultipart {
  /** The request's Content-Type: `multipart/form-data; boundary=…`. */
  contentType: string;
  /** One Buffer when every value is in memory; a Readable (sent chunked) when a value is a stream. */
  body: Buffer | Readable;
  /** The body's exact byte length, for Content-Length; undefined for a stream body. */
  length?: number;
  /** True for a Buffer body, which can be sent again (a retry); a stream body is consumed by one send. */
  replayable: boolean;
}

/**
 * 128 bits from the CSPRNG. The body can only be misread if a value contains
 * CRLF + "--" + this boundary, which it cannot know before it was made (it is
 * chosen after the values, per request): for an N-byte value the chance is at
 * most N / 2^128, about 1.5e-32 for 5 MB. So values are not scanned for it.
 * Hex keeps it a token, so the Content-Type needs no quotes.
 */
function newBoundary(): string {
  return `----LosantFormBoundary${randomBytes(16).toString('hex')}`;
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'object') return `a ${typeof value}`;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype ? 'a plain object' : `an object (${proto.constructor && proto.constructor.name})`;
}

/** The bytes of an in-memory value, or a Validation error for a value we do not send. */
function valueBytes(field: string, value: unknown): Buffer {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (typeof value === 'boolean' || (typeof value === 'number' && isFinite(value))) return Buffer.from(String(value), 'utf8');
  const what = describe(value);
  const hint = what === 'a plain object' ? ' (send an object as JSON text: jsonPart)' : '';
  throw validationError(field, `must be a string, a finite number, a boolean, a Buffer, a Uint8Array or a readable stream, not ${what}${hint}`);
}

interface CheckedPart {
  part: MultipartPart;
  /** The value's bytes; undefined for a stream. */
  bytes: Buffer | undefined;
}

function checkPart(part: unknown, index: number): CheckedPart {
  const p = part as MultipartPart | null;
  if (typeof p !== 'object' || p === null) throw validationError(`parts[${index}]`, 'must be an object with name and value');
  if (typeof p.name !== 'string') throw validationError(`parts[${index}].name`, 'must be a string');
  if (p.filename !== undefined && typeof p.filename !== 'string') throw validationError(`${p.name}.filename`, 'must be a string');
  if (p.contentType !== undefined && typeof p.contentType !== 'string') throw validationError(`${p.name}.contentType`, 'must be a string');
  if (!isStream(p.value)) return { part: p, bytes: valueBytes(p.name, p.value) };
  const spent = spentStream(p.value);
  if (spent) throw validationError(p.name, `is a stream that ${spent}; pass a new stream`);
  return { part: p, bytes: undefined };
}

/**
 * Encodes the parts, in order. Throws a Validation LosantError (and touches
 * no stream) when a part cannot be sent as given.
 */
export function encodeMultipart(parts: readonly MultipartPart[]): EncodedMultipart {
  if (!Array.isArray(parts)) throw validationError('parts', 'must be an array of { name, value } parts');
  const checked = parts.map(checkPart);
  const boundary = newBoundary();
  // Headers first: a bad contentType must be refused before any stream is handed to a body.
  const headers = checked.map(({ part }, index) => Buffer.from(`${index ? '\r\n' : ''}${partHeader(boundary, part)}`, 'utf8'));
  const segments: Segment[] = [];
  let run: Buffer[] = [];
  checked.forEach(({ part, bytes }, index) => {
    run.push(headers[index]);
    if (bytes) {
      run.push(bytes);
    } else {
      segments.push(Buffer.concat(run), { name: part.name, stream: part.value as ReadableLike });
      run = [];
    }
  });
  run.push(Buffer.from(`${checked.length ? '\r\n' : ''}--${boundary}--\r\n`, 'utf8'));
  const contentType = `multipart/form-data; boundary=${boundary}`;
  if (!segments.length) {
    const body = Buffer.concat(run);
    return { contentType, body, length: body.length, replayable: true };
  }
  segments.push(Buffer.concat(run));
  return { contentType, body: new MultipartBody(segments), replayable: false };
}

/**
 * A field the API wants as JSON text (`encode: "json"` in its description):
 * `JSON.stringify(value)`, sent like any string field. Throws a Validation
 * error for what has no JSON text (undefined, a function, a cycle, a BigInt).
 */
export function jsonPart(name: string, value: unknown): MultipartPart {
  return { name, value: jsonText(name, value) };
}
