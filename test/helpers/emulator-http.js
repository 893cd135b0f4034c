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

module.exports = { rawRequest, rawSocket };
