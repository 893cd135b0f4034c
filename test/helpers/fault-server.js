'use strict';
// A misbehaving loopback server for the fault-injection suite. The fault is
// chosen by the request path, `/f/<fault>?…`, or, for any other path (the
// org actions' `/orgs/…`), by `server.use(fault)`. A second server on another
// port shares the handler so that cross-port redirects can be observed.
// Plain Node APIs only: the old-Node fixtures (Node 10) load this file too.
const http = require('http');
// Not the global: Node 8, where the fixtures run too, has URL only in the url module.
const { URL } = require('url');
const { closedPort, localhostAddresses } = require('./loopback');
const { settle } = require('./settle');

const HTML_500 = '<!DOCTYPE html><html><head><title>500 Internal Server Error</title>'
  + '<style>body { color: red }</style></head><body><h1>Internal Server Error</h1>'
  + '<p>The upstream server crashed.</p></body></html>';

function json(res, status, value, headers) {
  const text = JSON.stringify(value);
  res.writeHead(status, Object.assign({ 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }, headers));
  res.end(text);
}

function empty(res, status) {
  res.writeHead(status, { 'content-length': 0 });
  res.end();
}

function startFaultServer() {
  const state = { hits: {}, seen: [], attempts: {}, hung: [], fallback: 'ok', fallbackQuery: {} };
  const sockets = new Set();
  const servers = [];
  let port;
  let otherPort;

  // A per-key counter, so that stateful faults (503 twice then 200) do not leak between tests.
  function bump(fault, key) {
    const id = `${fault}:${key || ''}`;
    state.attempts[id] = (state.attempts[id] || 0) + 1;
    return state.attempts[id];
  }

  const faults = {
    ok: (req, res, q) => json(res, 200, { id: q.id === undefined ? null : q.id, method: req.method }),
    // The headers promise 1000 bytes; part of the body goes out, then the connection is reset.
    reset: (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
      res.write('{"partial":');
      setTimeout(() => req.socket.destroy(), 20);
    },
    // The connection is reset before any answer ("socket hang up" on the client).
    hangup: (req) => req.socket.destroy(),
    // Never answers; its socket is kept for leak checks and destroyed when the server closes.
    hang: (req) => { state.hung.push(req.socket); },
    'broken-json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"name": "Acme", "members": [');
    },
    'html-500': (req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      res.end(HTML_500);
    },
    'empty-502': (req, res) => empty(res, 502),
    'empty-413': (req, res) => empty(res, 413),
    'empty-503': (req, res) => empty(res, 503),
    // Any status, with an empty body: `/f/status?code=504`.
    status: (req, res, q) => empty(res, Number(q.code)),
    // 429 with Retry-After (`after` seconds, as a number or an HTTP date) for the first `fail` hits of `key`, then 200.
    '429-seconds': (req, res, q) => tooMany(res, q, '429-seconds', String(q.after || 1)),
    // An HTTP date has one-second resolution: the retry tests' clock sits on a whole second.
    '429-date': (req, res, q) => tooMany(res, q, '429-date', new Date(Date.now() + Number(q.after || 1) * 1000).toUTCString()),
    // 503 for the first `fail` hits of `key` (default 2), then 200 with the attempt count.
    flaky: (req, res, q) => {
      const n = bump('flaky', q.key);
      if (n <= Number(q.fail || 2)) return empty(res, 503);
      return json(res, 200, { attempts: n });
    },
    // `localhost` is another host name for the same server: it listens on every loopback address the name resolves to.
    'redirect-host': (req, res, q) => redirect(res, q, `http://localhost:${port}/f/landing`),
    'redirect-port': (req, res, q) => redirect(res, q, `http://127.0.0.1:${otherPort}/f/landing`),
    'redirect-same': (req, res, q) => redirect(res, q, '/f/landing'),
    landing: (req, res, q, body) => json(res, 200, { landed: true, authorization: req.headers.authorization || null, method: req.method, body }),
    // A body of `bytes` bytes (a JSON string), with a Content-Length or, with `chunked=1`, without.
    huge: (req, res, q) => {
      const bytes = Number(q.bytes || 16 * 1024 * 1024);
      const headers = { 'content-type': 'application/json' };
      if (!q.chunked) headers['content-length'] = bytes;
      res.writeHead(200, headers);
      // A JSON string: a quote, `bytes - 2` x's, a quote; written with back-pressure.
      const chunk = Buffer.alloc(64 * 1024, 'x');
      let left = bytes - 2;
      res.write('"');
      const pump = () => {
        while (left > 0) {
          const piece = left >= chunk.length ? chunk : chunk.slice(0, left);
          left -= piece.length;
          if (!res.write(piece)) { res.once('drain', pump); return; }
        }
        res.end('"');
      };
      pump();
    },
    // Content-Length promises more than is sent; then the server closes its side cleanly (FIN, not RST).
    // With `chunked=1` there is no Content-Length and the last chunk never comes.
    truncated: (req, res, q) => {
      res.writeHead(200, q.chunked ? { 'content-type': 'application/json' } : { 'content-type': 'application/json', 'content-length': 100 });
      res.write('{"id": "575ed6e87ae143');
      setTimeout(() => req.socket.end(), 20);
    },
  };

  Object.assign(faults, {
    // A redirect whose body is cut off mid-way (Content-Length not reached, then FIN); the target answers well.
    'redirect-cut': (req, res) => {
      res.writeHead(302, { location: '/f/landing', 'content-length': 100 });
      res.write('moved to /f/landing');
      setTimeout(() => req.socket.end(), 20);
    },
    // A redirect to whatever `to` says (`ftp://…`, say).
    'redirect-to': (req, res, q) => redirect(res, q, q.to),
    // 429 with the Retry-After header(s) in `ra` (several separated by `|` are sent as separate headers)
    // for the first `fail` hits of `key` (default 1), then 200 with the attempt count.
    'retry-after': (req, res, q) => {
      const n = bump('retry-after', q.key);
      if (n > Number(q.fail || 1)) return json(res, 200, { attempts: n });
      res.setHeader('retry-after', String(q.ra).split('|'));
      return json(res, 429, { type: 'TooManyRequests', message: 'Slow down' });
    },
    // Status `code` (default 200) announcing a body of `length` bytes that it does not carry: for HEAD, 204 and 304.
    // `close=1` closes the connection after it (undici keeps a socket that got a 304 with a Content-Length
    // busy until the server closes it, which would make the idle checks wait for the keep-alive timeout).
    bodiless: (req, res, q) => {
      const headers = { 'content-type': 'application/json', 'content-length': q.length || '0' };
      if (q.close) headers.connection = 'close';
      res.writeHead(Number(q.code || 200), headers);
      res.end();
    },
    // Status `code` (default 502) with a text/html body of `unit` repeated `count` times, and an optional
    // Retry-After `ra`; with `chunked=1`, without a Content-Length.
    markup: (req, res, q) => {
      const body = String(q.unit).repeat(Number(q.count));
      const headers = { 'content-type': 'text/html' };
      if (!q.chunked) headers['content-length'] = Buffer.byteLength(body);
      if (q.ra !== undefined) headers['retry-after'] = q.ra;
      res.writeHead(Number(q.code || 502), headers);
      res.end(body);
    },
    // 200 after `ms` milliseconds.
    slow: (req, res, q) => { setTimeout(() => json(res, 200, { waited: Number(q.ms) }), Number(q.ms)); },
  });

  function tooMany(res, q, fault, retryAfter) {
    const n = bump(fault, q.key);
    if (n <= Number(q.fail || 1)) return json(res, 429, { type: 'TooManyRequests', message: 'Slow down' }, { 'retry-after': retryAfter });
    return json(res, 200, { attempts: n });
  }

  function redirect(res, q, location) {
    res.writeHead(Number(q.status || 302), { location, 'content-length': 0 });
    res.end();
  }

  function handler(which) {
    return (req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const parsed = new URL(req.url, 'http://127.0.0.1');
        const query = {};
        parsed.searchParams.forEach((value, key) => { query[key] = value; });
        const match = /^\/f\/([^/]+)/.exec(parsed.pathname);
        const name = match ? match[1] : state.fallback;
        if (!match) Object.assign(query, state.fallbackQuery);
        const raw = Buffer.concat(chunks).toString('utf8');
        state.hits[name] = (state.hits[name] || 0) + 1;
        state.seen.push({ server: which, fault: name, method: req.method, url: req.url, path: parsed.pathname, host: req.headers.host, authorization: req.headers.authorization });
        const fault = faults[name];
        if (!fault) return json(res, 404, { type: 'NotFound', message: `no fault ${name}` });
        return fault(req, res, query, raw ? JSON.parse(raw) : undefined);
      });
    };
  }

  function listen(which, host, onPort) {
    const server = http.createServer(handler(which));
    server.on('connection', (socket) => {
      sockets.add(socket);
      // Unref'd: only the client's side of a connection says whether work is left (see idle.js).
      socket.unref();
      socket.on('close', () => sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      // A deep accept queue: the load test opens thousands of connections at once.
      server.listen({ port: onPort || 0, host, backlog: 4096 }, () => {
        servers.push(server);
        resolve(server.address().port);
      });
    });
  }

  /** The main server on 127.0.0.1 and, on the same port, on every other loopback address `localhost` resolves to. */
  function listenMain(addresses, tries) {
    let mainPort;
    return listen('main', '127.0.0.1').then((p) => {
      mainPort = p;
      const others = addresses.filter((a) => a !== '127.0.0.1');
      return others.reduce((chain, address) => chain.then(() => listen('main', address, mainPort)), Promise.resolve());
    }).then(() => mainPort, (err) => {
      // Another process holds that port on ::1: start over on a new one.
      if (err.code !== 'EADDRINUSE' || tries <= 1) throw err;
      return Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(() => r())))).then(() => listenMain(addresses, tries - 1));
    });
  }

  return localhostAddresses().then((addresses) => listenMain(addresses, 5)).then((p) => {
    port = p;
    return listen('other', '127.0.0.1');
  }).then((p) => {
    otherPort = p;
    return {
      url: `http://127.0.0.1:${port}`,
      port,
      otherPort,
      hits: state.hits,
      seen: state.seen,
      /** Server-side sockets of `hang` requests, in order. */
      hung: state.hung,
      /** The fault (and its query settings) for paths outside `/f/`. */
      use(name, settings) { state.fallback = name; state.fallbackQuery = settings || {}; },
      reset() {
        state.seen.length = state.hung.length = 0;
        [state.hits, state.attempts].forEach((o) => Object.keys(o).forEach((k) => { delete o[k]; }));
        this.use('ok');
      },
      close() {
        sockets.forEach((s) => s.destroy());
        return Promise.all(servers.map((s) => new Promise((r) => s.close(() => r()))));
      },
    };
  });
}

module.exports = { startFaultServer, closedPort, settle };
