'use strict';
// A loopback HTTP server for wire tests: records each request as it arrived (method, raw
// path and query string, headers, raw body bytes) and answers with what the test sets.
// Unlike recorder.js it does not assume JSON bodies, so uploads and streams can be
// recorded too.
const http = require('http');

function startWireServer() {
  const requests = [];
  let answer = () => ({ status: 200, body: {} });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const q = req.url.indexOf('?');
      const record = {
        method: req.method,
        rawPath: q === -1 ? req.url : req.url.slice(0, q),
        search: q === -1 ? '' : req.url.slice(q + 1),
        headers: req.headers,
        raw: Buffer.concat(chunks),
      };
      requests.push(record);
      const reply = answer(record);
      if (reply.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        res.write(reply.stream);
        return;
      }
      const text = reply.status === 204 ? '' : JSON.stringify(reply.body);
      res.writeHead(reply.status || 200, { 'content-type': 'application/json' });
      res.end(text);
    });
  });
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        answer(fn) { answer = fn; },
        reset() {
          requests.length = 0;
          answer = () => ({ status: 200, body: {} });
        },
        close() {
          return new Promise((r) => {
            server.close(r);
            sockets.forEach((s) => s.destroy());
          });
        },
      });
    });
  });
}

module.exports = { startWireServer };
