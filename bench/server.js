'use strict';
// The loopback API server of the benchmark, run in its own process (pinned to
// its own core by run.mjs) so that it never competes with the client measured.
// GET /orgs/:id answers a fixed Organization; PATCH echoes the body. Any
// request that differs from what every client must send is answered 400, so a
// client that "wins" by sending less fails its run instead.
const http = require('http');
const { ORG, PATH, QUERY, HEADERS } = require('./fixtures');

const ORG_BODY = Buffer.from(JSON.stringify(ORG));
const EXPECTED_URL = `${PATH}?${QUERY}`;
const BAD_REQUEST = Buffer.from(JSON.stringify({ type: 'Validation', message: 'Request differs from the benchmark request' }));

function sameHeaders(req) {
  const h = req.headers;
  return h.accept === HEADERS.Accept && h['accept-version'] === HEADERS['Accept-Version'] &&
    h.authorization === HEADERS.Authorization;
}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length });
  res.end(body);
}

function handle(req, res) {
  if (req.url !== EXPECTED_URL || !sameHeaders(req)) {
    req.resume();
    send(res, 400, BAD_REQUEST);
    return;
  }
  if (req.method === 'GET') {
    send(res, 200, ORG_BODY);
    return;
  }
  if (req.method !== 'PATCH' || !/^application\/json/.test(req.headers['content-type'] || '')) {
    req.resume();
    send(res, 400, BAD_REQUEST);
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => send(res, 200, Buffer.concat(chunks)));
}

const server = http.createServer(handle);
// Clients keep their sockets between requests; never close them mid-run.
server.keepAliveTimeout = 60000;
server.headersTimeout = 65000;
server.requestTimeout = 0;
server.listen(0, '127.0.0.1', () => {
  // The parent reads this one line to learn the port.
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent closes our stdin when it is done (or dies): exit then, never linger.
process.stdin.on('end', stop);
process.stdin.resume();
