'use strict';
// Issue 21, item 7: each distinct `tls` value gets its own keep-alive agents,
// and a caller that builds `tls` afresh for each call (a new checkServerIdentity
// function each time) made a new pair of agents per call, never freed: 200
// calls left 200 idle connections open. The pool is bounded (16 pairs): the
// least recently used idle pairs are destroyed, closing their connections.
const https = require('https');
const { expect } = require('chai');
const { createClient } = require('../..');
const { tlsFiles } = require('../helpers/proxy-server');

const CALLS = 200;
const MAX_PAIRS = 16;

describe('the keep-alive agents per tls setting are bounded (issue 21, item 7)', () => {
  let server;
  let open = 0;
  let url;
  const waiters = [];
  before((done) => {
    server = https.createServer({ key: tlsFiles.key, cert: tlsFiles.cert }, (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 2 });
      res.end('{}');
    });
    // The server keeps idle connections for as long as the client does: only the client closes them here.
    server.keepAliveTimeout = 0;
    server.on('connection', (socket) => {
      open++;
      socket.unref();
      socket.on('close', () => {
        open--;
        waiters.splice(0).forEach((check) => check());
      });
    });
    server.listen(0, '127.0.0.1', () => {
      url = `https://127.0.0.1:${server.address().port}`;
      done();
    });
  });
  after((done) => server.close(done));

  it(`${CALLS} calls, each with a new checkServerIdentity: at most ${MAX_PAIRS} connections stay open`, async function () {
    this.timeout(60000);
    const client = createClient({ url, accessToken: 't' });
    const checked = [];
    for (let i = 0; i < CALLS; i++) {
      const tls = { ca: tlsFiles.ca, checkServerIdentity: (host) => { checked.push(host); return undefined; } };
      expect(await client.request({ method: 'GET', path: `/x/${i}` }, { tls })).to.deep.equal({});
    }
    // Every call made its own TLS connection (a new setting cannot share one), checked by its own function.
    expect(checked).to.have.length(CALLS);
    // Evicted pairs were destroyed at once; their sockets' 'close' comes on a later turn: wait for them, not for a time.
    await new Promise((resolve) => {
      const check = () => (open <= MAX_PAIRS ? resolve() : waiters.push(check));
      check();
    });
    expect(open).to.be.at.most(MAX_PAIRS);
    expect(open).to.be.at.least(1);
  });
});
