'use strict';
// A scriptable Server-Sent Events server on 127.0.0.1 for the event-source
// tests (plain Node 10 JavaScript: the old-Node fixture uses it too). Every
// request becomes a connection that the test takes with `accept()`, in order
// of arrival, and then drives: open the stream, send events, comments, ids
// and `retry:`, write bytes split at awkward places, end or drop it, or answer
// with an error. Request headers are recorded, and each connection says when
// its socket has closed (so a test can see the client hang up).
const http = require('http');

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The wire form of one event; `data` may hold newlines (one `data:` line each). */
function formatEvent(fields) {
  let text = '';
  if (fields.comment !== undefined) text += `:${fields.comment}\n`;
  if (fields.event !== undefined) text += `event: ${fields.event}\n`;
  if (fields.id !== undefined) text += `id: ${fields.id}\n`;
  if (fields.retry !== undefined) text += `retry: ${fields.retry}\n`;
  if (fields.data !== undefined) String(fields.data).split('\n').forEach((line) => { text += `data: ${line}\n`; });
  return `${text}\n`;
}

class Connection {
  constructor(req, res) {
    this.req = req;
    this.res = res;
    this.url = req.url;
    this.headers = req.headers;
    this.socket = req.socket;
    this.socketClosed = false;
    this.closed = new Promise((resolve) => {
      req.socket.once('close', () => {
        this.socketClosed = true;
        resolve();
      });
    });
    // A client that hangs up makes later writes fail; that is expected here.
    res.on('error', () => undefined);
    req.socket.setNoDelay(true);
  }

  /** The Last-Event-ID header as the client meant it (sent as UTF-8 bytes, read by Node as latin1). */
  lastEventId() {
    const raw = this.headers['last-event-id'];
    return raw === undefined ? undefined : Buffer.from(raw, 'latin1').toString('utf8');
  }

  /** 200 text/event-stream, headers sent at once. */
  open(extraHeaders) {
    this.res.writeHead(200, Object.assign({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' }, extraHeaders || {}));
    this.res.flushHeaders();
    return this;
  }

  /** Raw text or bytes, as one write. */
  write(chunk) {
    if (!this.socketClosed) this.res.write(chunk);
    return this;
  }

  /** Each part as its own write, with a pause between, so that they reach the client as separate chunks. */
  async writeApart(parts, gapMs) {
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await pause(gapMs === undefined ? 25 : gapMs);
      this.write(parts[i]);
    }
    return this;
  }

  event(fields) {
    return this.write(formatEvent(fields));
  }

  comment(text) {
    return this.write(`:${text === undefined ? '' : text}\n`);
  }

  /** A clean end of the stream. */
  end() {
    if (!this.socketClosed) this.res.end();
    return this;
  }

  /** The connection cut without an end: a network failure for the client. */
  drop() {
    this.socket.destroy();
    return this;
  }

  /** Any other answer: a status with a JSON (object) or text body. */
  reply(status, body, headers) {
    const json = body !== null && typeof body === 'object';
    const type = json ? 'application/json' : 'text/plain';
    this.res.writeHead(status, Object.assign({ 'Content-Type': type }, headers || {}));
    this.res.end(json ? JSON.stringify(body) : body === undefined ? '' : String(body));
    return this;
  }
}

function startSseServer() {
  const arrived = [];
  const waiting = [];
  const sockets = new Set();
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ url: req.url, headers: req.headers });
    const conn = new Connection(req, res);
    if (waiting.length) waiting.shift()(conn);
    else arrived.push(conn);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // Only the client's side counts as work left to do (test/helpers/idle.js); a kept-alive socket here must not.
    socket.unref();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}`;
      resolve({
        url,
        requests,
        /** The next connection, in order of arrival; rejects after `timeoutMs` (default 5000) with none. */
        accept(timeoutMs) {
          if (arrived.length) return Promise.resolve(arrived.shift());
          return new Promise((resolveConn, rejectConn) => {
            const timer = setTimeout(() => {
              waiting.splice(waiting.indexOf(take), 1);
              rejectConn(new Error('no connection arrived'));
            }, timeoutMs === undefined ? 5000 : timeoutMs);
            const take = (conn) => {
              clearTimeout(timer);
              resolveConn(conn);
            };
            waiting.push(take);
          });
        },
        /** Connections that arrived and were not taken. */
        pending() {
          return arrived.length;
        },
        close() {
          sockets.forEach((socket) => socket.destroy());
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

module.exports = { startSseServer, formatEvent, pause };
