/**
 * Reads a multipart/form-data body (RFC 7578) the upload actions receive:
 * the boundary from the Content-Type, then each part's Content-Disposition
 * (`name`, `filename`), Content-Type and bytes. The body is already in memory
 * and within the size limit. Anything malformed is a 400 naming the rule, never
 * quoting the body.
 */
import { invalid } from './api-error';

export interface FormPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const MAX_PARTS = 100;
const HEADER_LIMIT = 8192;

export function isMultipart(contentType: string | undefined): boolean {
  return /^multipart\/form-data\s*(;|$)/i.test(contentType || '');
}

function boundaryOf(contentType: string): string {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;"]{1,70}))\s*(;|$)/i.exec(contentType);
  if (!m) throw invalid('A multipart/form-data body needs a boundary of 1 to 70 characters in its Content-Type');
  return m[1] !== undefined ? m[1] : m[2];
}

/** A Content-Disposition parameter, quoted (with \" and %22 escapes undone) or bare. */
function dispositionParam(value: string, name: string): string | undefined {
  const re = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, 'i');
  const m = re.exec(value);
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1').replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n') : m[2];
}

function parseHead(head: string): { name: string; filename?: string; contentType?: string } {
  let disposition: string | undefined;
  let contentType: string | undefined;
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw invalid('A multipart part has a malformed header line');
    const field = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (field === 'content-disposition') disposition = value;
    else if (field === 'content-type') contentType = value;
  }
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) throw invalid('A multipart part has no Content-Disposition: form-data');
  const name = dispositionParam(disposition, 'name');
  if (name === undefined) throw invalid('A multipart part has no name');
  return { name, filename: dispositionParam(disposition, 'filename'), contentType };
}

export function parseMultipart(body: Buffer, contentType: string): FormPart[] {
  const boundary = boundaryOf(contentType);
  const opening = Buffer.from(`--${boundary}`, 'latin1');
  const between = Buffer.from(`\r\n--${boundary}`, 'latin1');
  // A preamble before the first boundary is allowed, and ignored.
  let pos = body.indexOf(opening);
  if (pos === -1) throw invalid('The multipart body does not contain its boundary');
  pos += opening.length;
  const parts: FormPart[] = [];
  for (;;) {
    const after = body.toString('latin1', pos, pos + 2);
    if (after === '--') return parts;
    // Transport padding (spaces, tabs) may follow a boundary, then CRLF.
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body.toString('latin1', pos, pos + 2) !== '\r\n') throw invalid('A multipart boundary is not followed by a line break');
    pos += 2;
    const headEnd = body.indexOf('\r\n\r\n', pos, 'latin1');
    if (headEnd === -1 || headEnd - pos > HEADER_LIMIT) throw invalid('A multipart part has no end to its headers');
    const head = parseHead(body.toString('utf8', pos, headEnd));
    const dataStart = headEnd + 4;
    const next = body.indexOf(between, dataStart);
    if (next === -1) throw invalid('The multipart body ends without its closing boundary');
    if (parts.length >= MAX_PARTS) throw invalid(`A multipart body may have at most ${MAX_PARTS} parts`);
    parts.push({ ...head, data: body.slice(dataStart, next) });
    pos = next + between.length;
  }
}
