'use strict';
// A loopback server for the multipart tests: it reads each request's whole
// body, parses it with test/helpers/multipart-parser.js and keeps what it
// saw in `requests` ({ method, url, headers, body, parsed, parseError }); it
// answers 200 with a summary of the parts (names, filenames, types, sizes).
// Plain Node APIs only: the old-Node fixture loads this file too.
const http = require('http');
const { parseMultipart } = require('./multipart-parser');

function startMultipartServer() {
  const requests = [];
  const sockets = new Set();
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const record = { method: req.method, url: req.url, headers: req.headers, body, parsed: undefined, parseError: undefined };
      try {
        record.parsed = parseMultipart(body, req.headers['content-type']);
      } catch (err) {
        record.parseError = err;
      }
      requests.push(record);
      const summary = record.parsed
        ? { parts: record.parsed.parts.map((p) => ({ name: p.name, filename: p.filename, contentType: p.contentType, size: p.data.length })) }
        : { error: String(record.parseError) };
      const text = JSON.stringify(summary);
      res.writeHead(record.parsed ? 200 : 400, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close() {
          return new Promise((done) => {
            server.close(() => done());
            sockets.forEach((s) => s.destroy());
          });
        },
      });
    });
  });
}

/**
 * POSTs an encodeMultipart() result with node-fetch, as the client will: its
 * Content-Type, and Content-Length when the length is known (else chunked).
 */
function postEncoded(fetch, url, encoded, init) {
  const headers = { 'content-type': encoded.contentType };
  if (encoded.length !== undefined) headers['content-length'] = String(encoded.length);
  return fetch(url, Object.assign({ method: 'POST', headers, body: encoded.body }, init));
}

module.exports = { startMultipartServer, postEncoded };
