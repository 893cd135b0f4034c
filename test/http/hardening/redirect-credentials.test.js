'use strict';
// Issue 21, item 9 and the redirect gaps of item 12: credentials never follow
// a redirect to another origin, and origin means scheme, host and port. The
// caller's Authorization, Cookie and Proxy-Authorization all stay behind on
// https://127.0.0.1:P → http://127.0.0.1:P (one port that speaks both, so
// only the scheme differs) and on a redirect to another port; they follow a
// redirect within the origin. Five redirects are followed, never a sixth.
const http = require('http');
const https = require('https');
const net = require('net');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { tlsFiles } = require('../../helpers/proxy-server');
const { TRANSPORTS } = require('../../helpers/transports');

const CREDENTIALS = { Authorization: 'Bearer caller-token', Cookie: 'session=caller-cookie', 'Proxy-Authorization': 'Basic cHJveHk6cHc=' };

/** What the landing saw of the credentials. */
function landing(req, res) {
  const seen = { authorization: req.headers.authorization || null, cookie: req.headers.cookie || null, proxyAuthorization: req.headers['proxy-authorization'] || null };
  const text = JSON.stringify(seen);
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** One port, both schemes: a TLS handshake (first byte 0x16) goes to the https server, anything else to the http one. */
function startDualServer(handler) {
  const plain = http.createServer(handler);
  const secure = https.createServer({ key: tlsFiles.key, cert: tlsFiles.cert }, handler);
  const front = net.createServer((socket) => {
    socket.unref();
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  return new Promise((resolve) => front.listen(0, '127.0.0.1', () => resolve({
    port: front.address().port,
    close: () => new Promise((done) => front.close(() => done())),
  })));
}

describe('credentials and redirects (issue 21: item 9, item 12\'s redirect gaps)', () => {
  let dual;
  let other;
  let hits;
  const handler = (req, res) => {
    hits.push(req.url);
    const hop = /^\/hop\/(\d+)$/.exec(req.url);
    if (req.url === '/to-http') {
      res.writeHead(302, { location: `http://127.0.0.1:${dual.port}/landing`, 'content-length': 0 });
      return res.end();
    }
    if (req.url === '/to-other-port') {
      res.writeHead(302, { location: `http://127.0.0.1:${other.address().port}/landing`, 'content-length': 0 });
      return res.end();
    }
    if (req.url === '/same-origin') {
      res.writeHead(302, { location: '/landing', 'content-length': 0 });
      return res.end();
    }
    if (hop && hop[1] !== '0') {
      res.writeHead(302, { location: `/hop/${Number(hop[1]) - 1}`, 'content-length': 0 });
      return res.end();
    }
    return landing(req, res);
  };
  before(async () => {
    dual = await startDualServer(handler);
    other = http.createServer(handler);
    other.on('connection', (socket) => socket.unref());
    await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    await dual.close();
    await new Promise((resolve) => other.close(resolve));
  });
  beforeEach(() => { hits = []; });

  const tls = { ca: tlsFiles.ca };
  const none = { authorization: null, cookie: null, proxyAuthorization: null };

  it('https://127.0.0.1:P → http://127.0.0.1:P (same host and port, other scheme): no credential follows', async () => {
    const client = createClient({ url: `https://127.0.0.1:${dual.port}`, tls });
    const seen = await client.request({ method: 'GET', path: '/to-http', headers: CREDENTIALS });
    expect(seen).to.deep.equal(none);
    expect(hits).to.deep.equal(['/to-http', '/landing']);
  });

  for (const { label, fetch } of TRANSPORTS) {
    describe(label, () => {
      const client = () => createClient({ url: `http://127.0.0.1:${dual.port}`, fetch });

      it('to another port: Authorization, Cookie and Proxy-Authorization stay behind', async () => {
        expect(await client().request({ method: 'GET', path: '/to-other-port', headers: CREDENTIALS })).to.deep.equal(none);
      });

      it('within the origin: they follow', async () => {
        expect(await client().request({ method: 'GET', path: '/same-origin', headers: CREDENTIALS })).to.deep.equal({
          authorization: 'Bearer caller-token', cookie: 'session=caller-cookie', proxyAuthorization: 'Basic cHJveHk6cHc=',
        });
      });

      it('five redirects are followed; a sixth is not, it is the answer (an error), and nothing more is asked', async () => {
        expect(await client().request({ method: 'GET', path: '/hop/5' })).to.deep.equal(none);
        expect(hits).to.deep.equal(['/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1', '/hop/0']);
        hits = [];
        const err = await client().request({ method: 'GET', path: '/hop/6' }).catch((e) => e);
        expect([err.statusCode, err.type]).to.deep.equal([302, 'Found']);
        expect(hits).to.deep.equal(['/hop/6', '/hop/5', '/hop/4', '/hop/3', '/hop/2', '/hop/1']);
      });
    });
  }

  it('a caller\'s Cookie and Proxy-Authorization are redacted in err.request.headers', async () => {
    const err = await createClient({ url: `http://127.0.0.1:${dual.port}`, retries: 0 })
      .request({ method: 'GET', path: '/hop/6', headers: CREDENTIALS }).catch((e) => e);
    expect(err.request.headers).to.include({ Authorization: 'Bearer [REDACTED]', Cookie: '[REDACTED]', 'Proxy-Authorization': '[REDACTED]' });
    expect(JSON.stringify(err)).to.not.match(/caller-cookie|cHJveHk6cHc=|caller-token/);
  });
});
