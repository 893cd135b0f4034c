'use strict';
// Loopback servers for the proxy tests. Plain Node APIs only (Node 8 loads this file too).
//
// startProxy: a small forward proxy. Requests in absolute form are forwarded,
// CONNECT opens a tunnel; host names are mapped to loopback ports by `routes`
// ({ 'api.losant.invalid:443': port }), so a name that resolves nowhere can
// only be reached through it. Optional Basic auth; `proxy.mode` makes it
// misbehave ('hangup': close at once, 'hang': never answer, 'refuse': 403 to
// CONNECT). It records what it saw: request lines, the headers (was the bearer
// token visible?), and every byte that went into a tunnel.
//
// startOrigin: an http or https origin that answers every request with JSON
// describing it (method, path, authorization, proxy headers, SNI name).
const fs = require('fs');
const http = require('http');
const https = require('https');
const net = require('net');
const path = require('path');
const url = require('url');

const TLS_DIR = path.join(__dirname, '..', 'fixtures', 'tls');
const tlsFiles = {
  ca: fs.readFileSync(path.join(TLS_DIR, 'ca.pem')),
  cert: fs.readFileSync(path.join(TLS_DIR, 'server.pem')),
  key: fs.readFileSync(path.join(TLS_DIR, 'server.key')),
};

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authorization', 'proxy-connection', 'transfer-encoding', 'te', 'upgrade'];

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

/** Destroys every socket the server ever accepted, then closes it. */
function closer(server, sockets) {
  return () => new Promise((resolve) => {
    sockets.forEach((s) => s.destroy());
    server.close(() => resolve());
  });
}

/**
 * Counts connections on `counts`, and gives it `until(predicate)`: resolves once
 * predicate() holds, checked again at each connection, close and request seen.
 * Accepted sockets are unref'd: only the client's side counts as work left (idle.js).
 */
function track(server, sockets, counts) {
  const waiters = [];
  counts.changed = () => waiters.splice(0).forEach((check) => check());
  counts.until = (predicate) => new Promise((resolve) => {
    const check = () => (predicate() ? resolve() : waiters.push(check));
    check();
  });
  server.on('connection', (socket) => {
    counts.connections++;
    sockets.add(socket);
    socket.unref();
    socket.on('close', () => {
      sockets.delete(socket);
      counts.closed++;
      counts.changed();
    });
    counts.changed();
  });
}

function startProxy(options) {
  const opts = Object.assign({ routes: {}, auth: undefined, tls: false }, options);
  const sockets = new Set();
  const proxy = {
    mode: 'forward', connections: 0, closed: 0, seen: [], tunnels: [], url: '', port: 0, host: '',
  };
  const expected = opts.auth === undefined ? undefined : `Basic ${Buffer.from(opts.auth, 'utf8').toString('base64')}`;
  const server = opts.tls ? https.createServer({ key: tlsFiles.key, cert: tlsFiles.cert }) : http.createServer();
  track(server, sockets, proxy);

  function record(req, kind) {
    const entry = {
      kind,
      requestLine: `${req.method} ${req.url} HTTP/${req.httpVersion}`,
      headers: req.headers,
      authorization: req.headers.authorization,
      proxyAuthorization: req.headers['proxy-authorization'],
    };
    proxy.seen.push(entry);
    proxy.changed();
    return entry;
  }

  server.on('request', (req, res) => {
    record(req, 'absolute');
    if (proxy.mode === 'hangup') return req.socket.destroy();
    if (proxy.mode === 'hang') return undefined;
    const answer = (status, headers, text) => {
      res.writeHead(status, Object.assign({ 'content-type': 'text/plain', 'content-length': Buffer.byteLength(text) }, headers));
      res.end(text);
    };
    if (expected !== undefined && req.headers['proxy-authorization'] !== expected) {
      return answer(407, { 'proxy-authenticate': 'Basic realm="test proxy"' }, 'Proxy authentication required');
    }
    const target = url.parse(req.url);
    if (target.protocol !== 'http:') return answer(400, {}, 'absolute-form http:// URLs only');
    const port = opts.routes[`${target.hostname}:${target.port || 80}`];
    if (port === undefined) return answer(502, {}, `no route to ${target.host}`);
    const headers = Object.assign({}, req.headers);
    HOP_BY_HOP.forEach((name) => delete headers[name]);
    const upstream = http.request({ host: '127.0.0.1', port, method: req.method, path: target.path, headers, agent: false }, (up) => {
      const back = Object.assign({}, up.headers);
      HOP_BY_HOP.forEach((name) => delete back[name]);
      res.writeHead(up.statusCode, back);
      up.pipe(res);
    });
    upstream.on('error', () => answer(502, {}, 'upstream failed'));
    req.pipe(upstream);
    return undefined;
  });

  server.on('connect', (req, socket, head) => {
    record(req, 'connect');
    sockets.add(socket);
    socket.on('error', () => socket.destroy());
    // Node hands the socket over half-open-capable: close it when the client does.
    socket.on('end', () => socket.destroy());
    if (proxy.mode === 'hangup') return socket.destroy();
    if (proxy.mode === 'hang') return undefined;
    const refuse = (line, extra) => socket.end(`HTTP/1.1 ${line}\r\n${extra || ''}Content-Length: 0\r\n\r\n`);
    if (expected !== undefined && req.headers['proxy-authorization'] !== expected) {
      return refuse('407 Proxy Authentication Required', 'Proxy-Authenticate: Basic realm="test proxy"\r\n');
    }
    if (proxy.mode === 'refuse') return refuse('403 Forbidden');
    const port = opts.routes[req.url];
    if (port === undefined) return refuse('502 Bad Gateway');
    const tunnel = { target: req.url, bytes: [] };
    proxy.tunnels.push(tunnel);
    const upstream = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head && head.length) upstream.write(head);
      socket.on('data', (chunk) => tunnel.bytes.push(chunk));
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
    sockets.add(upstream);
    upstream.on('error', () => socket.destroy());
    upstream.on('close', () => {
      sockets.delete(upstream);
      socket.destroy();
    });
    socket.on('close', () => upstream.destroy());
    return undefined;
  });

  return listen(server).then((port) => {
    proxy.port = port;
    proxy.host = `127.0.0.1:${port}`;
    proxy.url = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    proxy.connects = () => proxy.seen.filter((s) => s.kind === 'connect');
    /** True when `text` crossed a tunnel in the clear. */
    proxy.sawInTunnels = (text) => proxy.tunnels.some((t) => Buffer.concat(t.bytes).indexOf(text) !== -1);
    proxy.close = closer(server, sockets);
    /** Cuts every open connection (clients and tunnels), as a proxy restart would. */
    proxy.dropConnections = () => sockets.forEach((s) => s.destroy());
    /** Forgets what it saw; counting starts again from zero. */
    proxy.reset = () => {
      proxy.seen = [];
      proxy.tunnels = [];
      proxy.connections = 0;
      proxy.closed = 0;
    };
    return proxy;
  });
}

function startOrigin(options) {
  const opts = Object.assign({ tls: false }, options);
  const sockets = new Set();
  const origin = { connections: 0, closed: 0, requests: [], port: 0 };
  const handler = (req, res) => {
    const seen = {
      method: req.method,
      path: req.url,
      host: req.headers.host,
      authorization: req.headers.authorization,
      proxyAuthorization: req.headers['proxy-authorization'],
      servername: req.socket.servername,
    };
    origin.requests.push(seen);
    req.resume();
    req.on('end', () => {
      const text = JSON.stringify(seen);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
  };
  const server = opts.tls ? https.createServer({ key: tlsFiles.key, cert: tlsFiles.cert }, handler) : http.createServer(handler);
  track(server, sockets, origin);
  return listen(server).then((port) => {
    origin.port = port;
    origin.close = closer(server, sockets);
    origin.reset = () => {
      origin.requests = [];
      origin.connections = 0;
      origin.closed = 0;
    };
    return origin;
  });
}

/** A loopback port with nothing listening on it (a proxy that is down). */
function closedPort() {
  const server = net.createServer();
  return listen(server).then((port) => new Promise((resolve) => server.close(() => resolve(port))));
}

module.exports = { startProxy, startOrigin, closedPort, tlsFiles };
