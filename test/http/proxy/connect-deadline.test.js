'use strict';
// Issue 21, item 5: the proxy's CONNECT timeout is a deadline for the whole
// answer. A proxy that trickles its answer, a byte every 40 ms, without ever
// ending the head, used to reset the socket's idle timer with each byte and
// hold the request forever; now it fails with ERR_PROXY_TIMEOUT, naming the
// proxy, once proxyTimeout has passed (a real-time check: time is the behaviour).
const https = require('https');
const net = require('net');
const { expect } = require('chai');
const { loadProxyModule } = require('../../helpers/proxy-modules');

const { HttpsProxyAgent } = loadProxyModule('http/proxy/proxy-agent');

function startTricklingProxy() {
  const sockets = new Set();
  let onClose = () => undefined;
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      onClose();
    });
    socket.once('data', () => {
      const answer = 'HTTP/1.1 200 Connection Established\r\nX-Padding: ';
      let sent = 0;
      // One byte at a time, never the blank line that would end the head.
      const timer = setInterval(() => socket.write(sent < answer.length ? answer[sent++] : 'x'), 40);
      socket.on('close', () => clearInterval(timer));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    /** Resolves once the client has closed every connection. */
    allClosed: () => new Promise((done) => {
      onClose = () => (sockets.size ? undefined : done());
      onClose();
    }),
    close: () => new Promise((done) => {
      sockets.forEach((s) => s.destroy());
      server.close(() => done());
    }),
  })));
}

describe('proxy: the CONNECT timeout is a deadline (issue 21, item 5)', () => {
  let proxy;
  before(async () => { proxy = await startTricklingProxy(); });
  after(() => proxy.close());

  it('an answer trickled a byte every 40 ms fails with ERR_PROXY_TIMEOUT after proxyTimeout (300 ms), and the connection closes', async () => {
    const agent = new HttpsProxyAgent(proxy.url, { proxyTimeout: 300 });
    const started = Date.now();
    const err = await new Promise((resolve, reject) => {
      const req = https.get('https://api.losant.invalid/x', { agent }, () => reject(new Error('an answer came')));
      req.on('error', resolve);
    });
    const waited = Date.now() - started;
    expect(err.code, err.message).to.equal('ERR_PROXY_TIMEOUT');
    expect(err.message).to.contain(`did not answer CONNECT to api.losant.invalid:443 within 300 ms`);
    // Not before the deadline (a timer may fire a millisecond early); how late it is depends on the machine's load.
    expect(waited).to.be.at.least(295);
    agent.destroy();
    await proxy.allClosed();
  });
});
