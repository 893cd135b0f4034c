'use strict';
// Loopback facts taken from the system rather than assumed: a port that
// refuses connections, and the addresses `localhost` resolves to. Plain Node
// APIs only: the old-Node fixtures (Node 10) load this file too.
const dns = require('dns');
const net = require('net');

let reserved;

/**
 * A loopback port nothing listens on. It is the local port of a connection
 * this process holds open (to a listener of its own that is closed at once):
 * while that connection lives, the kernel gives the port to no listener, so
 * connecting to it is refused; no fixed port (1, 2, …) is assumed closed. The
 * sockets are unref'd, so they never keep a process alive.
 */
function closedPort() {
  if (!reserved) {
    reserved = new Promise((resolve, reject) => {
      const server = net.createServer((accepted) => accepted.unref());
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const holder = net.connect(server.address().port, '127.0.0.1', () => {
          const port = holder.localPort;
          holder.unref();
          server.close();
          server.unref();
          resolve(port);
        });
        holder.on('error', reject);
      });
    }).then((port) => refused(port).then(() => port));
  }
  return reserved;
}

/** Resolves when a connection to `port` is refused; rejects if one is accepted. */
function refused(port) {
  return new Promise((resolve, reject) => {
    const probe = net.connect(port, '127.0.0.1');
    probe.once('connect', () => {
      probe.destroy();
      reject(new Error(`port ${port} was meant to be closed, but it accepted a connection`));
    });
    probe.once('error', (err) => (err.code === 'ECONNREFUSED' ? resolve() : reject(err)));
  });
}

/** The loopback addresses `localhost` resolves to on this machine, in the resolver's order (127.0.0.1, ::1, …). */
function localhostAddresses() {
  return new Promise((resolve) => {
    dns.lookup('localhost', { all: true }, (err, addresses) => {
      if (err) return resolve([]);
      return resolve(addresses.map((a) => a.address).filter((a) => a === '::1' || /^127\./.test(a)));
    });
  });
}

module.exports = { closedPort, localhostAddresses };
