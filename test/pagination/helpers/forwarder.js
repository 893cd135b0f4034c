'use strict';
// A loopback HTTP server in front of another (the emulator) that forwards each request as it
// came and the answer as it went back, after `before(n)` has run for the n-th request (from 1)
// and `delay` ms have passed: so a test can change the emulator's state between two pages of a
// walk, or make each page slow, with every request and answer still real HTTP.
const http = require('http');

function startForwarder(target, options) {
  const settings = Object.assign({ delay: 0, before: null }, options);
  const requests = [];
  const server = http.createServer((req, res) => {
    const n = requests.push({ method: req.method, url: req.url });
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      Promise.resolve(settings.before && settings.before(n, req))
        .then(() => new Promise((r) => setTimeout(r, settings.delay)))
        .then(() => {
          const url = new URL(req.url, target);
          // A connection of its own for each request, closed after it: nothing stays open between pages.
          const headers = Object.assign({}, req.headers, { host: url.host, connection: 'close' });
          const out = http.request(url, { method: req.method, headers, agent: false }, (answer) => {
            res.writeHead(answer.statusCode, answer.headers);
            answer.pipe(res);
          });
          out.on('error', () => res.destroy());
          out.end(Buffer.concat(chunks));
        }, () => res.destroy());
    });
  });
  server.on('connection', (socket) => socket.unref());
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        set(changes) { Object.assign(settings, changes); },
        close() {
          return new Promise((r) => { server.close(r); if (server.closeAllConnections) server.closeAllConnections(); });
        },
      });
    });
  });
}

module.exports = { startForwarder };
