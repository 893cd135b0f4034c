'use strict';
// Raw HTTP to the emulator (no client in between), for what the client would
// never send: malformed JSON, oversized or chunked bodies, unknown routes,
// wrong methods, garbage on the socket. Every request uses its own connection
// (agent: false), so nothing stays open after a test.
const http = require('http');
const net = require('net');

/** Resolves { status, headers, text, json } (json undefined when the body is not JSON). */
function rawRequest(baseUrl, options) {
  const url = new URL(baseUrl);
  const headers = Object.assign({}, options.headers);
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.body === undefined ? undefined
    : (typeof options.body === 'string' || Buffer.isBuffer(options.body) ? options.body : JSON.stringify(options.body));
  if (body !== undefined && !options.chunked) headers['content-length'] = Buffer.byteLength(body);
  // Node chunk-encodes a body by default for POST/PATCH/PUT only; a GET or DELETE body must ask.
  if (body !== undefined && options.chunked) headers['transfer-encoding'] = 'chunked';
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, method: options.method || 'GET', path: options.path, headers, agent: false,
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json;
        try { json = JSON.parse(text); } catch (err) { json = undefined; }
        resolve({ status: res.statusCode, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    if (body !== undefined && options.chunked) {
      // Several writes without a Content-Length: the server only learns the size while reading.
      const size = Buffer.byteLength(body);
      const step = Math.ceil(size / 8);
      for (let i = 0; i < size; i += step) req.write(body.slice(i, i + step));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** Writes `data` on a fresh TCP connection and resolves with everything the server sends back before closing. */
function rawSocket(baseUrl, data) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(data));
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/**
 * Writes `data` on a fresh TCP connection and resolves { text, closed } with
 * everything the server sent: when the server closes the connection
 * (`closed: true`), or after `waitMs` without a close (`closed: false`; the
 * connection is then destroyed). For answers that must come before the whole
 * request was sent, and for servers that might wait forever.
 */
function rawExchange(baseUrl, data, waitMs) {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const chunks = [];
    let timer;
    const socket = net.connect(Number(url.port), url.hostname, () => {
      socket.write(data);
      timer = setTimeout(() => {
        socket.destroy();
        resolve({ text: Buffer.concat(chunks).toString('utf8'), closed: false });
      }, waitMs);
    });
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text: Buffer.concat(chunks).toString('utf8'), closed: true });
    });
  });
}

/** Splits raw HTTP/1.1 answers (each with a Content-Length, or none for a 100) into [{ status, headers, body }]. */
function parseAnswers(text) {
  const answers = [];
  let rest = Buffer.from(text, 'utf8');
  while (rest.length) {
    const end = rest.indexOf('\r\n\r\n');
    if (end === -1) throw new Error(`unterminated head: ${JSON.stringify(rest.toString())}`);
    const lines = rest.slice(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(lines[0])[1]);
    const headers = {};
    lines.slice(1).forEach((line) => {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
    });
    const length = status === 100 ? 0 : Number(headers['content-length'] || 0);
    answers.push({ status, headers, body: rest.slice(end + 4, end + 4 + length).toString('utf8') });
    rest = rest.slice(end + 4 + length);
  }
  return answers;
}

/** The head of an HTTP/1.1 request, as raw text, for rawExchange. */
function requestHead(method, pathname, headers) {
  const lines = [`${method} ${pathname} HTTP/1.1`, 'Host: 127.0.0.1'];
  Object.keys(headers || {}).forEach((name) => lines.push(`${name}: ${headers[name]}`));
  return `${lines.join('\r\n')}\r\n\r\n`;
}

/** A whole request with a JSON body and its Content-Length, as raw text. */
function requestWithBody(method, pathname, body, headers) {
  return requestHead(method, pathname, Object.assign({ 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) }, headers)) + body;
}

module.exports = { rawRequest, rawSocket, rawExchange, parseAnswers, requestHead, requestWithBody };
