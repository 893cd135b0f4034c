/**
 * One multipart part: the values it may hold, and its header (its name, its filename and its
 * Content-Type), chosen as losant-rest's form-data chooses them (see
 * multipart.ts for the rules per kind of value), and made safe to put in a
 * header line.
 */
import { headerValueProblem } from '../headers';
import { basename } from 'path';
import { validationError } from '../../errors';
import { mediaTypeFor } from './media-types';

/** The parts of a caller's readable stream we use; anything with `on` and `pipe` qualifies. */
export interface SourceStream {
  on(event: string, listener: (...args: any[]) => void): unknown;
  pipe(destination: any, options?: any): unknown;
  removeListener?(event: string, listener: (...args: any[]) => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
  destroy?(error?: Error): unknown;
  destroyed?: boolean;
  readableEnded?: boolean;
  errored?: unknown;
  _readableState?: { endEmitted?: boolean; errored?: unknown };
}

/** A Node readable stream, or anything with `pipe` and `on` (such as an fs.ReadStream). */
export type ReadableLike = SourceStream;
export type MultipartValue = string | number | boolean | Uint8Array | ReadableLike;

export interface MultipartPart {
  name: string;
  value: MultipartValue;
  /** Sent as its basename; by default, a stream's `name` or `path`, else no filename. */
  filename?: string;
  /** By default, from the filename's extension, else `application/octet-stream` for bytes and streams. */
  contentType?: string;
}

const HEADER_ESCAPES: { [char: string]: string } = { '\r': '%0D', '\n': '%0A', '"': '%22' };

/**
 * CR, LF and `"` in a name or filename would end its header line or its
 * quoted string, letting data forge headers or parts; they are percent-encoded
 * as the WHATWG multipart/form-data encoding (and form-data) does, so every
 * other character, UTF-8 included, arrives as it was given.
 */
function headerParam(text: string): string {
  return text.replace(/[\r\n"]/g, (char) => HEADER_ESCAPES[char]);
}

export function isStream(value: unknown): value is ReadableLike {
  const candidate = value as { pipe?: unknown; on?: unknown } | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.pipe === 'function' && typeof candidate.on === 'function';
}

/** Why a stream cannot be read from the start any more, or undefined when it can. */
export function spentStream(stream: SourceStream): string | undefined {
  const state = stream._readableState;
  // Ended first: since Node 14 an ended stream is destroyed too.
  if (stream.readableEnded === true || (state && state.endEmitted)) return 'has already been read to its end';
  if (stream.destroyed === true) {
    const cause = stream.errored || (state && state.errored);
    return cause instanceof Error ? `has been destroyed (${cause.message})` : 'has been destroyed';
  }
  return undefined;
}

/** A stream's own file name: its `name`, its `path` (fs streams), or an HTTP response's URL. */
function streamFileName(stream: ReadableLike): string | undefined {
  const s = stream as { name?: unknown; path?: unknown; httpVersion?: unknown; req?: { path?: unknown } };
  if (typeof s.name === 'string' && s.name) return s.name;
  if (typeof s.path === 'string' && s.path) return s.path;
  if (isHttpResponse(stream) && s.req && typeof s.req.path === 'string') return s.req.path;
  return undefined;
}

function isHttpResponse(stream: ReadableLike): boolean {
  const s = stream as { httpVersion?: unknown; headers?: unknown };
  return Object.prototype.hasOwnProperty.call(stream, 'httpVersion') && typeof s.headers === 'object' && s.headers !== null;
}

/** form-data's order: the caller's type, the stream's name or path, a response's type, the caller's filename. */
function partContentType(part: MultipartPart): string | undefined {
  if (part.contentType) return part.contentType;
  const value = part.value;
  let type: string | undefined;
  if (isStream(value)) {
    const own = streamFileName(value);
    if (own && !isHttpResponse(value)) type = mediaTypeFor(own);
    if (!type && isHttpResponse(value)) type = (value as unknown as { headers: { [name: string]: string | undefined } }).headers['content-type'];
  }
  if (!type && part.filename) type = mediaTypeFor(part.filename);
  if (!type && typeof value === 'object') type = 'application/octet-stream';
  return type;
}

export function partHeader(boundary: string, part: MultipartPart): string {
  const ownName = part.filename || (isStream(part.value) ? streamFileName(part.value) : undefined);
  // basename as form-data does: a path's folders say nothing the server should see.
  const fileName = ownName ? basename(ownName) : '';
  let header = `--${boundary}\r\nContent-Disposition: form-data; name="${headerParam(part.name)}"`;
  if (fileName) header += `; filename="${headerParam(fileName)}"`;
  const type = partContentType(part);
  if (type) {
    // A header value cannot be escaped: CR, LF or another control character is refused.
    if (headerValueProblem(type)) throw validationError(`${part.name}.contentType`, 'must not contain CR, LF or other control characters');
    header += `\r\nContent-Type: ${type}`;
  }
  return `${header}\r\n\r\n`;
}
