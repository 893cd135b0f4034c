'use strict';
// A loopback server that answers with raw bytes, for answers Node's own http
// server would never write: stray bytes after a complete answer, a bad chunk
// size, a 101 Switching Protocols, a redirect whose body never ends or never
// stops. The answer is chosen by the request path (`/stray`, …); `/landing`
// answers well. It counts connections and notes when each one closes, so a
// test can wait for the client to let go of one. Plain Node APIs only (the
// old-Node contract fixture loads this file too).
const fs = require('fs');
const net = require('net');
const path = require('path');

/** 16 GiB of zero bytes, brotli-compressed to 12.9 KB (made by test/fixtures/hostile/make-bomb.js). */
const BROTLI_BOMB = path.join(__dirname, '..', 'fixtures', 'hostile', 'zeros-16g.br');

const json = (text) => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`;
const redirectHead = 'HTTP/1.1 302 Found\r\nLocation: /landing\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n';

/** Writes `chunk` as chunks of a chunked body, again and again, as fast as the client reads, until the socket closes. */
function flood(socket, counts) {
  const piece = Buffer.alloc(64 * 1024, 'x');
  const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
  const pump = () => {
    while (!socket.destroyed) {
      counts.flooded += piece.length;
      if (!socket.write(chunk)) return void socket.once('drain', pump);
    }
  };
  pump();
}

const ANSWERS = {
  landing: (socket) => socket.write(json('{"landed":true}')),
  // The body came whole (2 bytes), then 4 more in the same packet: not HTTP.
  stray: (socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}junk'),
  'bad-chunk': (socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n'),
  'stream-bad-chunk': (socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n'),
  switch: (socket) => socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n'),
  // A 101 without the Upgrade headers: no upgrade to Node's parser, an informational answer with nothing after it.
  'switch-bare': (socket) => socket.write('HTTP/1.1 101 Switching Protocols\r\n\r\n'),
  // 12.9 KB that inflate to 16 GiB: the whole compressed body arrives long before it is decoded.
  'bomb-br': (socket) => {
    const bomb = fs.readFileSync(BROTLI_BOMB);
    socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: br\r\nContent-Length: ${bomb.length}\r\n\r\n`);
    socket.write(bomb);
  },
  // A redirect whose body starts and never ends (the connection stays open).
  'redirect-endless': (socket) => socket.write(`${redirectHead}5\r\nmoved\r\n`),
  // A redirect whose body never stops coming.
  'redirect-flood': (socket, counts) => {
    socket.write(redirectHead);
    flood(socket, counts);
  },
};

function startHostileServer() {
  const counts = { connections: 0, flooded: 0, paths: [] };
  const sockets = new Set();
  const closedWaiters = [];
  // The socket that last served each answer, and the answer for paths that name none.
  const servedBy = {};
  let fallback = 'landing';
  const server = net.createServer((socket) => {
    counts.connections++;
    sockets.add(socket);
    // As the other loopback servers here: only the client's sockets count as work left (test/helpers/idle.js).
    socket.unref();
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      closedWaiters.splice(0).forEach((check) => check());
    });
    let head = '';
    socket.on('data', (data) => {
      head += data.toString('latin1');
      let end;
      // Requests without a body, one after the other on a kept-alive connection.
      while ((end = head.indexOf('\r\n\r\n')) !== -1) {
        const line = head.slice(0, head.indexOf('\r\n'));
        head = head.slice(end + 4);
        const asked = line.split(' ')[1].split('?')[0].replace(/^\//, '');
        const name = ANSWERS[asked] ? asked : fallback;
        counts.paths.push(name);
        servedBy[name] = socket;
        ANSWERS[name](socket, counts);
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const url = `http://127.0.0.1:${server.address().port}`;
    resolve({
      url,
      counts,
      /** Connections still open. */
      open: () => sockets.size,
      /** Resolves once the connection that served the answer `name` is closed (the client let go of it). */
      closed: (name) => new Promise((done) => {
        const check = () => (!sockets.has(servedBy[name]) ? done() : closedWaiters.push(check));
        check();
      }),
      /** The answer for paths that name none (the actions' own paths). */
      use: (name) => {
        fallback = name;
      },
      reset: () => {
        counts.connections = counts.flooded = 0;
        counts.paths = [];
        fallback = 'landing';
      },
      close: () => new Promise((done) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => done());
      }),
    });
  }));
}

module.exports = { startHostileServer, BROTLI_BOMB };
