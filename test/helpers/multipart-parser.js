'use strict';
// Two independent readers of a multipart/form-data body, for the tests:
//  - parseMultipart: our own strict parser (written from RFC 7578 / RFC 2046),
//    which reports what is on the wire: each part's raw header parameters
//    (escapes such as %22 left as sent), its headers in order and its exact bytes;
//    it throws on anything malformed (a preamble, a bad delimiter line, a missing
//    close delimiter, an unquoted parameter, a repeated header);
//  - parseWithUndici: Node's own fetch implementation (Response#formData, Node >= 18),
//    a parser we did not write, which decodes as a server framework would.
// Plain Node APIs only in parseMultipart: the old-Node fixture loads this file too.

function boundaryOf(contentType) {
  const match = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^\s;"]+))$/i.exec(contentType || '');
  if (!match) throw new Error(`not a multipart/form-data content type: ${contentType}`);
  const boundary = match[1] || match[2];
  if (boundary.length > 70) throw new Error(`boundary longer than 70 characters: ${boundary}`);
  return boundary;
}

/** name="…"; filename="…" of a Content-Disposition value, raw (no unescaping). */
function dispositionParams(value) {
  const match = /^form-data((?:;\s*[A-Za-z*]+="[^"]*")*)$/.exec(value);
  if (!match) throw new Error(`malformed Content-Disposition: ${value}`);
  const params = {};
  const re = /;\s*([A-Za-z*]+)="([^"]*)"/g;
  let m;
  while ((m = re.exec(match[1])) !== null) {
    const key = m[1].toLowerCase();
    if (Object.prototype.hasOwnProperty.call(params, key)) throw new Error(`repeated parameter ${key}`);
    params[key] = m[2];
  }
  if (params.name === undefined) throw new Error(`Content-Disposition without a name: ${value}`);
  return params;
}

function parseHeaders(text) {
  const headers = [];
  const seen = {};
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`malformed header line: ${JSON.stringify(line)}`);
    const name = line.slice(0, colon).toLowerCase();
    if (seen[name]) throw new Error(`repeated header ${name}`);
    seen[name] = true;
    headers.push([name, line.slice(colon + 1).trim()]);
  }
  return headers;
}

/**
 * Parses a whole body: { parts: [{ name, filename, contentType, headers, data }], epilogue }.
 * `filename` and `contentType` are undefined when absent; `data` is a Buffer.
 */
function parseMultipart(body, contentType) {
  const boundary = boundaryOf(contentType);
  const delimiter = Buffer.from(`--${boundary}`, 'latin1');
  const between = Buffer.from(`\r\n--${boundary}`, 'latin1');
  if (body.indexOf(delimiter) !== 0) throw new Error('the body does not start with the boundary (a preamble or a wrong boundary)');
  let pos = delimiter.length;
  const parts = [];
  for (;;) {
    const after = body.toString('latin1', pos, pos + 2);
    if (after === '--') {
      const epilogue = body.slice(pos + 2);
      return { parts, epilogue };
    }
    if (after !== '\r\n') throw new Error(`no CRLF after a delimiter at byte ${pos}`);
    pos += 2;
    const headerEnd = body.indexOf('\r\n\r\n', pos, 'latin1');
    if (headerEnd === -1) throw new Error(`unterminated part headers at byte ${pos}`);
    const headers = parseHeaders(body.toString('utf8', pos, headerEnd));
    const dataStart = headerEnd + 4;
    const next = body.indexOf(between, dataStart);
    if (next === -1) throw new Error('no close delimiter');
    const get = (n) => { const h = headers.find((x) => x[0] === n); return h ? h[1] : undefined; };
    const disposition = get('content-disposition');
    if (disposition === undefined) throw new Error('a part without Content-Disposition');
    const params = dispositionParams(disposition);
    parts.push({ name: params.name, filename: params.filename, contentType: get('content-type'), headers, data: body.slice(dataStart, next) });
    pos = next + between.length;
  }
}

/**
 * What Node's fetch (undici) makes of a body: [{ name, filename, type, data }],
 * with `data` a Buffer for files and a string for plain fields (decoded as
 * UTF-8, as a server framework would), in order.
 */
async function parseWithUndici(body, contentType) {
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  const entries = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') entries.push({ name, data: value });
    else entries.push({ name, filename: value.name, type: value.type, data: Buffer.from(await value.arrayBuffer()) });
  }
  return entries;
}

module.exports = { parseMultipart, parseWithUndici, boundaryOf };
