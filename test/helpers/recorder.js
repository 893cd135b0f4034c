'use strict';
// A loopback HTTP server that records every request (method, path, query,
// headers as Node merges them and as they came on the wire, body) and answers
// with whatever the test sets via `reply`: { status, headers, body, delay }.
// Accepted sockets are unref'd, so only the client's side of a connection
// counts as work left to do (see idle.js).
const http = require('http');

function startRecorder() {
  const requests = [];
  let reply = () => ({ status: 200, body: { ok: true } });
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url, 'http://127.0.0.1');
      const record = {
        method: req.method,
        url: req.url,
        path: url.pathname,
        rawPath: req.url.split('?')[0],
        search: url.search.slice(1),
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        /** [name, value] pairs as sent, so a header sent twice shows twice. */
        rawHeaders: pairs(req.rawHeaders),
        raw,
        body: raw ? JSON.parse(raw) : undefined,
      };
      requests.push(record);
      const answer = reply(record);
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      const send = () => {
        res.writeHead(answer.status || 200, Object.assign({ 'content-type': 'application/json' }, answer.headers));
        res.end(text);
      };
      if (answer.delay) setTimeout(send, answer.delay);
      else send();
    });
  });
  server.on('connection', (socket) => socket.unref());
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        reply(fn) { reply = fn; },
        reset() { requests.length = 0; reply = () => ({ status: 200, body: { ok: true } }); },
        close() {
          return new Promise((r) => { server.close(r); if (server.closeAllConnections) server.closeAllConnections(); });
        },
      });
    });
  });
}

function pairs(raw) {
  const out = [];
  for (let i = 0; i < raw.length; i += 2) out.push([raw[i], raw[i + 1]]);
  return out;
}

module.exports = { startRecorder };
