'use strict';
// The proxy agents on the wire: node-fetch@2 driven as lib/http/transport/transport.ts
// drives it (an agent function, redirect: 'manual', addRequest wrapped), a
// local forward proxy (test/helpers/proxy-server.js) in front of a host name
// that resolves nowhere (api.losant.invalid), so every success proves the
// proxy carried the request. The https origin uses the test CA (test/fixtures/tls).
const http = require('http');
const https = require('https');
const { expect } = require('chai');
const fetch = require('node-fetch');
const { loadProxyModule } = require('../../helpers/proxy-modules');
const { baseline, untilIdle } = require('../../helpers/idle');
const { startProxy, startOrigin, closedPort, tlsFiles } = require('../../helpers/proxy-server');
const { until } = require('../../helpers/until');

const { HttpProxyAgent, HttpsProxyAgent } = loadProxyModule('http/proxy/proxy-agent');
const { selectProxy } = loadProxyModule('http/proxy/proxy-env');

const TOKEN = 'Bearer tok-SECRET-0123456789';
const SECRET_PATH = '/orgs/secret-org-id/devices?q=private';

/**
 * A client shaped like the transport: node-fetch, one agent function, shared
 * keep-alive agents (one pair per proxy), addRequest wrapped to watch requests.
 */
function makeClient(env, agentOptions, proxyOption) {
  const options = Object.assign({ keepAlive: true, ca: tlsFiles.ca }, agentOptions);
  const watched = [];
  const events = [];
  const watch = (agent) => {
    const add = agent.addRequest;
    agent.addRequest = function addRequest(req, opts) {
      watched.push(req);
      // As transport.ts does: a response that ends before its body is complete aborts the attempt.
      req.once('response', (res) => {
        const check = () => {
          if (!res.complete) events.push('broken-body');
        };
        res.once('aborted', check);
        res.once('close', check);
      });
      add.call(this, req, opts);
    };
    return agent;
  };
  const direct = { http: watch(new http.Agent({ keepAlive: true })), https: watch(new https.Agent(options)) };
  const proxied = new Map();
  const agentFor = (parsed) => {
    const proxy = selectProxy(parsed.href, proxyOption, env);
    const scheme = parsed.protocol === 'https:' ? 'https' : 'http';
    if (!proxy) return direct[scheme];
    if (!proxied.has(proxy)) {
      proxied.set(proxy, { http: watch(new HttpProxyAgent(proxy, options)), https: watch(new HttpsProxyAgent(proxy, options)) });
    }
    return proxied.get(proxy)[scheme];
  };
  const send = (target, headers, signal) => fetch(target, { method: 'GET', headers: headers || {}, redirect: 'manual', signal, agent: agentFor });
  return {
    watched,
    events,
    agents: () => [direct.http, direct.https].concat(...Array.from(proxied.values()).map((p) => [p.http, p.https])),
    get: (target, headers) => send(target, headers).then((res) => res.json().then((body) => ({ status: res.status, body }))),
    send,
    destroy() {
      this.agents().forEach((a) => a.destroy());
    },
  };
}

function rejection(promise) {
  return promise.then((value) => { throw new Error(`expected a rejection, got ${JSON.stringify(value)}`); }, (err) => err);
}


describe('proxy agents through node-fetch', function () {
  let origin;
  let secure;
  let proxy;
  let client;
  const cleanups = [];

  beforeEach(async () => {
    origin = await startOrigin();
    secure = await startOrigin({ tls: true });
    const routes = {
      'api.losant.invalid:80': origin.port,
      'api.losant.invalid:443': secure.port,
      'localhost:443': secure.port,
      'wrong.losant.invalid:443': secure.port,
    };
    proxy = await startProxy({ routes });
    cleanups.push(() => origin.close(), () => secure.close(), () => proxy.close());
  });

  afterEach(async () => {
    if (client) client.destroy();
    client = undefined;
    while (cleanups.length) await cleanups.pop()();
  });

  const env = () => ({ HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url });

  it('http: the request goes to the proxy in absolute form and reaches the origin', async () => {
    client = makeClient(env());
    const res = await client.get('http://api.losant.invalid/v1/orgs?x=1', { Authorization: TOKEN });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ method: 'GET', path: '/v1/orgs?x=1', host: 'api.losant.invalid', authorization: TOKEN });
    expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal(['GET http://api.losant.invalid/v1/orgs?x=1 HTTP/1.1']);
    expect(proxy.seen[0].proxyAuthorization).to.equal(undefined);
    expect(client.watched).to.have.length(1);
  });

  it('http: a non-default port stays in the absolute URL', async () => {
    await proxy.close();
    proxy = await startProxy({ routes: { 'api.losant.invalid:8080': origin.port } });
    cleanups.push(() => proxy.close());
    client = makeClient(env());
    const res = await client.get('http://api.losant.invalid:8080/p');
    expect(res.body).to.include({ path: '/p', host: 'api.losant.invalid:8080' });
    expect(proxy.seen[0].requestLine).to.equal('GET http://api.losant.invalid:8080/p HTTP/1.1');
  });

  it('https: a CONNECT tunnel; the proxy never sees the token or the path, the origin gets SNI and the token', async () => {
    client = makeClient(env());
    const res = await client.get(`https://api.losant.invalid${SECRET_PATH}`, { Authorization: TOKEN });
    expect(res.status).to.equal(200);
    expect(res.body).to.include({ path: SECRET_PATH, authorization: TOKEN, servername: 'api.losant.invalid' });
    expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal(['CONNECT api.losant.invalid:443 HTTP/1.1']);
    expect(proxy.seen[0].authorization).to.equal(undefined);
    expect(proxy.seen[0].headers.host).to.equal('api.losant.invalid:443');
    // The tunnel carried bytes, none of them the token or the path in the clear.
    expect(Buffer.concat(proxy.tunnels[0].bytes).length).to.be.above(100);
    expect(proxy.sawInTunnels('tok-SECRET')).to.equal(false);
    expect(proxy.sawInTunnels('secret-org-id')).to.equal(false);
    expect(client.watched).to.have.length(1);
  });

  it('Basic credentials, percent-encoded in the URL, go as Proxy-Authorization (on the CONNECT only for https)', async () => {
    await proxy.close();
    proxy = await startProxy({ routes: { 'api.losant.invalid:80': origin.port, 'api.losant.invalid:443': secure.port }, auth: 'us@er:p:ss wé' });
    cleanups.push(() => proxy.close());
    const withCredentials = `http://us%40er:p%3Ass%20w%C3%A9@127.0.0.1:${proxy.port}`;
    client = makeClient({ HTTP_PROXY: withCredentials, HTTPS_PROXY: withCredentials });
    const plain = await client.get('http://api.losant.invalid/a');
    const secured = await client.get('https://api.losant.invalid/b', { Authorization: TOKEN });
    expect(plain.status).to.equal(200);
    expect(secured.status).to.equal(200);
    const expected = `Basic ${Buffer.from('us@er:p:ss wé').toString('base64')}`;
    expect(proxy.seen.map((s) => [s.kind, s.proxyAuthorization])).to.deep.equal([['absolute', expected], ['connect', expected]]);
    // Inside the tunnel the request carried no Proxy-Authorization (the proxy could not have stripped it).
    expect(secured.body.proxyAuthorization).to.equal(undefined);
    expect(secured.body.authorization).to.equal(TOKEN);
  });

  it('plain http.request whose head Node queued before addRequest (Expect) fails clearly instead of reaching the proxy in origin form', async () => {
    const agent = new HttpProxyAgent(proxy.url);
    const connecting = [];
    const createConnection = agent.createConnection;
    agent.createConnection = function watched(...args) {
      connecting.push(args[0]);
      return createConnection.apply(this, args);
    };
    const err = await new Promise((resolve) => {
      const req = http.request('http://api.losant.invalid/expect', { agent, method: 'POST', headers: { Expect: '100-continue', 'Content-Length': 2 } });
      req.on('error', resolve);
      req.on('continue', () => req.end('{}'));
    });
    agent.destroy();
    expect(err.code).to.equal('ERR_PROXY_UNSUPPORTED_REQUEST');
    expect(err.message).to.contain(`through proxy 127.0.0.1:${proxy.port}`);
    // The request was refused before the agent opened a connection (synchronously, in addRequest).
    expect(connecting).to.deep.equal([]);
    expect(proxy.connections).to.equal(0);
  });

  describe('failures are errors with a code, naming the proxy, never hanging', () => {
    async function authProxy() {
      await proxy.close();
      proxy = await startProxy({ routes: { 'api.losant.invalid:80': origin.port, 'api.losant.invalid:443': secure.port }, auth: 'alice:right' });
      cleanups.push(() => proxy.close());
    }

    for (const scheme of ['http', 'https']) {
      it(`${scheme}: 407 without credentials → ERR_PROXY_AUTH_REQUIRED`, async () => {
        await authProxy();
        const before = await baseline();
        client = makeClient(env());
        const err = await rejection(client.send(`${scheme}://api.losant.invalid/x`, { Authorization: TOKEN }));
        client.events.push('rejected');
        expect(err.name).to.equal('FetchError');
        expect(err.code).to.equal('ERR_PROXY_AUTH_REQUIRED');
        expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} requires authentication`);
        expect(err.message).to.contain('407 Proxy Authentication Required; it offers Basic');
        expect(origin.requests.length + secure.requests.length).to.equal(0);
        // Nothing else surfaces later (an unhandled error would fail the run), and a cut-off
        // 407 body, if seen at all, is seen after the rejection (the HTTP layer reads the reason first).
        await untilIdle(before);
        expect(client.events[0]).to.equal('rejected');
      });

      it(`${scheme}: 407 with wrong credentials → ERR_PROXY_AUTH_REQUIRED, password not in the message`, async () => {
        await authProxy();
        const before = await baseline();
        const wrong = `http://alice:wr0ng-pass@127.0.0.1:${proxy.port}`;
        client = makeClient({ HTTP_PROXY: wrong, HTTPS_PROXY: wrong });
        const err = await rejection(client.send(`${scheme}://api.losant.invalid/x`));
        expect(err.code).to.equal('ERR_PROXY_AUTH_REQUIRED');
        expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} rejected the credentials in the proxy URL`);
        expect(err.message).to.not.contain('wr0ng-pass');
        expect(err.message).to.not.contain('alice');
        // Nothing else surfaces later: an unhandled error would fail the run.
        await untilIdle(before);
      });
    }

    it('https: a refused CONNECT (403) → ERR_PROXY_CONNECT_REFUSED with the status', async () => {
      proxy.mode = 'refuse';
      client = makeClient(env());
      const err = await rejection(client.send('https://api.losant.invalid/x'));
      expect(err.code).to.equal('ERR_PROXY_CONNECT_REFUSED');
      expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} refused to CONNECT to api.losant.invalid:443: 403 Forbidden`);
    });

    it('https: a CONNECT to a host the proxy cannot reach (502) → ERR_PROXY_CONNECT_REFUSED', async () => {
      client = makeClient(env());
      const err = await rejection(client.send('https://nowhere.losant.invalid/x'));
      expect(err.code).to.equal('ERR_PROXY_CONNECT_REFUSED');
      expect(err.message).to.contain('refused to CONNECT to nowhere.losant.invalid:443: 502 Bad Gateway');
    });

    for (const scheme of ['http', 'https']) {
      it(`${scheme}: a proxy that is down → ECONNREFUSED, "Cannot reach proxy host:port"`, async () => {
        const port = await closedPort();
        const down = `http://user:pw-123@127.0.0.1:${port}`;
        client = makeClient({ HTTP_PROXY: down, HTTPS_PROXY: down });
        const err = await rejection(client.send(`${scheme}://api.losant.invalid/x`));
        expect(err.code).to.equal('ECONNREFUSED');
        expect(err.message).to.contain(`Cannot reach proxy 127.0.0.1:${port}: connect ECONNREFUSED`);
        expect(err.message).to.not.contain('pw-123');
      });
    }

    it('a proxy host name that does not resolve → its DNS code, naming the proxy', async () => {
      const missing = 'http://proxy.losant.invalid:3128';
      client = makeClient({ HTTPS_PROXY: missing });
      const err = await rejection(client.send('https://api.losant.invalid/x'));
      expect(err.code).to.match(/^(ENOTFOUND|EAI_AGAIN)$/);
      expect(err.message).to.contain('Cannot reach proxy proxy.losant.invalid:3128');
    });

    it('https: a proxy that hangs up on CONNECT → ERR_PROXY_CONNECTION_CLOSED', async () => {
      proxy.mode = 'hangup';
      client = makeClient(env());
      const err = await rejection(client.send('https://api.losant.invalid/x'));
      expect(err.code).to.equal('ERR_PROXY_CONNECTION_CLOSED');
      expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} closed the connection before answering CONNECT to api.losant.invalid:443`);
    });

    it('http: a proxy that hangs up on the request → ECONNRESET, naming the proxy', async () => {
      proxy.mode = 'hangup';
      client = makeClient(env());
      const err = await rejection(client.send('http://api.losant.invalid/x'));
      expect(err.code).to.equal('ECONNRESET');
      expect(err.message).to.contain(`socket hang up (through proxy 127.0.0.1:${proxy.port})`);
    });

    it('https: a proxy that never answers CONNECT → ERR_PROXY_TIMEOUT after proxyTimeout', async () => {
      proxy.mode = 'hang';
      client = makeClient(env(), { proxyTimeout: 300 });
      const started = Date.now();
      const err = await rejection(client.send('https://api.losant.invalid/x'));
      const elapsed = Date.now() - started;
      expect(err.code).to.equal('ERR_PROXY_TIMEOUT');
      expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} did not answer CONNECT to api.losant.invalid:443 within 300 ms`);
      // Not before proxyTimeout; how late depends on the machine's load.
      expect(elapsed).to.be.at.least(250);
      await proxy.until(() => proxy.closed === proxy.connections);
    });

    it('https: aborting a request while its CONNECT is pending drops the half-open tunnel', async function () {
      if (typeof AbortController !== 'function') this.skip();
      proxy.mode = 'hang';
      client = makeClient(env());
      const controller = new AbortController();
      const pending = rejection(client.send('https://api.losant.invalid/x', {}, controller.signal));
      await proxy.until(() => proxy.connects().length === 1);
      expect(proxy.closed).to.equal(0);
      controller.abort();
      expect((await pending).name).to.equal('AbortError');
      // The proxy sees its connection closed: no socket is left waiting on a CONNECT answer.
      await proxy.until(() => proxy.closed === 1);
    });
  });

  it('plain https.request: a request destroyed during CONNECT gets no late error; proxyTimeout closes the half-open connection', async () => {
    proxy.mode = 'hang';
    const before = await baseline();
    const agent = new HttpsProxyAgent(proxy.url, { ca: tlsFiles.ca, proxyTimeout: 200 });
    const req = https.request('https://api.losant.invalid/x', { agent });
    const errors = [];
    req.on('error', (err) => errors.push(err));
    req.end();
    await proxy.until(() => proxy.connects().length === 1);
    req.destroy();
    await proxy.until(() => proxy.closed === 1);
    // No timer is left to raise a late error (proxyTimeout's included).
    await untilIdle(before);
    expect(errors).to.deep.equal([]);
    expect(proxy.connections).to.equal(1);
    expect(proxy.closed).to.equal(1);
    agent.destroy();
  });

  describe('keep-alive', () => {
    it('http: sequential requests reuse one connection to the proxy', async () => {
      client = makeClient(env());
      for (let i = 0; i < 3; i++) expect((await client.get(`http://api.losant.invalid/k/${i}`)).status).to.equal(200);
      expect(proxy.connections).to.equal(1);
      expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal([0, 1, 2].map((i) => `GET http://api.losant.invalid/k/${i} HTTP/1.1`));
    });

    it('https: sequential requests reuse one tunnel (one CONNECT, one TLS session at the origin)', async () => {
      client = makeClient(env());
      for (let i = 0; i < 3; i++) expect((await client.get(`https://api.losant.invalid/k/${i}`)).status).to.equal(200);
      expect(proxy.connects()).to.have.length(1);
      expect(proxy.connections).to.equal(1);
      expect(secure.connections).to.equal(1);
      expect(secure.requests.map((r) => r.path)).to.deep.equal(['/k/0', '/k/1', '/k/2']);
    });

    it('https: another target host gets its own tunnel', async () => {
      client = makeClient(env());
      await client.get('https://api.losant.invalid/a');
      await client.get('https://localhost/b');
      await client.get('https://api.losant.invalid/c');
      expect(proxy.connects().map((s) => s.requestLine)).to.deep.equal([
        'CONNECT api.losant.invalid:443 HTTP/1.1',
        'CONNECT localhost:443 HTTP/1.1',
      ]);
      expect(secure.requests.map((r) => r.servername)).to.deep.equal(['api.losant.invalid', 'localhost', 'api.losant.invalid']);
    });

    for (const tls of [false, true]) {
      it(`a pooled tunnel the ${tls ? 'https:// ' : ''}proxy cuts is dropped quietly and replaced on the next request`, async () => {
        const through = tls ? await startProxy({ routes: { 'api.losant.invalid:443': secure.port }, tls: true }) : proxy;
        if (tls) cleanups.push(() => through.close());
        const url = tls ? `https://localhost:${through.port}` : through.url;
        client = makeClient({ HTTPS_PROXY: url }, { proxyTls: { ca: tlsFiles.ca } });
        expect((await client.get('https://api.losant.invalid/one')).status).to.equal(200);
        const pool = client.agents()[3];
        const free = () => [].concat(...Object.keys(pool.freeSockets).map((k) => pool.freeSockets[k])).length;
        await until(() => free() === 1);
        through.dropConnections();
        // Once the client has seen the drop, its agent holds no free socket.
        await until(() => free() === 0);
        expect((await client.get('https://api.losant.invalid/two')).status).to.equal(200);
        expect(through.connects()).to.have.length(2);
        expect(secure.requests.map((r) => r.path)).to.deep.equal(['/one', '/two']);
      });
    }

    it('an idle pooled tunnel does not keep the event loop alive (unref\'d like any keep-alive socket)', async () => {
      client = makeClient(env());
      await client.get('https://api.losant.invalid/a');
      const tunnelAgent = client.agents()[3];
      // The socket joins the free list once its answer has ended.
      await until(() => Object.keys(tunnelAgent.freeSockets).length > 0);
      const free = [].concat(...Object.keys(tunnelAgent.freeSockets).map((k) => tunnelAgent.freeSockets[k]));
      expect(free).to.have.length(1);
      // process._getActiveHandles lists only ref'd handles.
      const refd = process._getActiveHandles().filter((h) => h === free[0] || h === free[0]._parent);
      expect(refd).to.deep.equal([]);
    });
  });

  describe('certificate checks inside the tunnel', () => {
    it('without the test CA the origin certificate is rejected, naming the proxy', async () => {
      client = makeClient(env(), { ca: undefined });
      const err = await rejection(client.send('https://api.losant.invalid/x', { Authorization: TOKEN }));
      expect(err.code).to.equal('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      expect(err.message).to.contain(`(through proxy 127.0.0.1:${proxy.port})`);
      expect(secure.requests).to.have.length(0);
    });

    it('a certificate for another name is rejected (the check uses the target host, not the proxy)', async () => {
      client = makeClient(env());
      const err = await rejection(client.send('https://wrong.losant.invalid/x', { Authorization: TOKEN }));
      expect(err.code).to.equal('ERR_TLS_CERT_ALTNAME_INVALID');
      expect(err.message).to.contain('wrong.losant.invalid');
      expect(secure.requests).to.have.length(0);
    });

    it('rejectUnauthorized: false given to the agent is honoured', async () => {
      client = makeClient(env(), { ca: undefined, rejectUnauthorized: false });
      expect((await client.get('https://wrong.losant.invalid/x')).status).to.equal(200);
    });
  });

  describe('NO_PROXY', () => {
    it('a NO_PROXY host is reached directly, without touching the proxy', async () => {
      client = makeClient(Object.assign(env(), { NO_PROXY: 'example.com, 127.0.0.1' }));
      expect((await client.get(`http://127.0.0.1:${origin.port}/direct`)).body.path).to.equal('/direct');
      expect((await client.get(`https://127.0.0.1:${secure.port}/direct`)).body.path).to.equal('/direct');
      expect(proxy.connections).to.equal(0);
    });

    it('the same requests without NO_PROXY go to the proxy (which has no route for them)', async () => {
      client = makeClient(env());
      const plain = await client.send(`http://127.0.0.1:${origin.port}/direct`);
      expect(plain.status).to.equal(502);
      const err = await rejection(client.send(`https://127.0.0.1:${secure.port}/direct`));
      expect(err.code).to.equal('ERR_PROXY_CONNECT_REFUSED');
      expect(proxy.connections).to.equal(2);
      expect(origin.requests.length + secure.requests.length).to.equal(0);
    });

    it('proxy: false ignores the environment', async () => {
      client = makeClient(env(), {}, false);
      expect((await client.get(`https://127.0.0.1:${secure.port}/direct`)).status).to.equal(200);
      expect(proxy.connections).to.equal(0);
    });
  });

  describe('through the client\'s HTTP layer (dist/, node-fetch with the agents given as its `fetch`)', () => {
    const { createClient } = require('../../../dist/index.js');
    const clientThrough = (proxyUrl, extra) => {
      const agents = { http: new HttpProxyAgent(proxyUrl, { keepAlive: true, ca: tlsFiles.ca }), https: new HttpsProxyAgent(proxyUrl, { keepAlive: true, ca: tlsFiles.ca }) };
      cleanups.push(() => Promise.resolve().then(() => { agents.http.destroy(); agents.https.destroy(); }));
      const agent = (parsed) => (parsed.protocol === 'https:' ? agents.https : agents.http);
      const viaProxy = (url, init) => fetch(url, Object.assign({}, init, { agent }));
      return createClient(Object.assign({ url: 'https://api.losant.invalid', accessToken: 'tok-SECRET-client', fetch: viaProxy, retries: 0 }, extra));
    };

    it('a call succeeds through the tunnel; a 407 is a LosantError (Network, ERR_PROXY_AUTH_REQUIRED)', async () => {
      const ok = await clientThrough(proxy.url).request({ method: 'GET', path: '/orgs/abc' });
      expect(ok).to.include({ path: '/orgs/abc', authorization: 'Bearer tok-SECRET-client' });
      await proxy.close();
      proxy = await startProxy({ routes: { 'api.losant.invalid:443': secure.port, 'api.losant.invalid:80': origin.port }, auth: 'alice:right' });
      cleanups.push(() => proxy.close());
      for (const base of ['https://api.losant.invalid', 'http://api.losant.invalid']) {
        const err = await rejection(clientThrough(proxy.url, { url: base }).request({ method: 'GET', path: '/orgs/abc' }));
        expect(err.name).to.equal('LosantError');
        expect(err).to.include({ type: 'Network', code: 'ERR_PROXY_AUTH_REQUIRED' });
        expect(err.statusCode).to.equal(undefined);
        expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} requires authentication`);
      }
    });

    it('the client\'s timeout ends a call stuck on a silent proxy, and the half-open tunnel is dropped', async () => {
      proxy.mode = 'hang';
      const err = await rejection(clientThrough(proxy.url, { timeout: 200 }).request({ method: 'GET', path: '/orgs/abc' }));
      expect(err).to.include({ type: 'Timeout', code: 'ETIMEDOUT' });
      await proxy.until(() => proxy.closed === 1);
      expect(proxy.connections).to.equal(1);
    });
  });

  describe('an https:// proxy (TLS to the proxy as well)', () => {
    let tlsProxy;
    beforeEach(async () => {
      tlsProxy = await startProxy({ routes: { 'api.losant.invalid:80': origin.port, 'api.losant.invalid:443': secure.port }, tls: true, auth: 'bob:pw' });
      cleanups.push(() => tlsProxy.close());
    });

    it('carries http and https targets, with proxyTls for the proxy\'s CA', async () => {
      const url = `https://bob:pw@localhost:${tlsProxy.port}`;
      client = makeClient({ HTTP_PROXY: url, HTTPS_PROXY: url }, { proxyTls: { ca: tlsFiles.ca } });
      for (let i = 0; i < 2; i++) {
        expect((await client.get(`http://api.losant.invalid/p${i}`)).body.path).to.equal(`/p${i}`);
        expect((await client.get(`https://api.losant.invalid/s${i}`, { Authorization: TOKEN })).body).to.include({ path: `/s${i}`, authorization: TOKEN });
      }
      expect(tlsProxy.seen.map((s) => s.requestLine)).to.deep.equal([
        'GET http://api.losant.invalid/p0 HTTP/1.1',
        'CONNECT api.losant.invalid:443 HTTP/1.1',
        'GET http://api.losant.invalid/p1 HTTP/1.1',
      ]);
      expect(tlsProxy.connections).to.equal(2);
      expect(tlsProxy.sawInTunnels('tok-SECRET')).to.equal(false);
    });

    it('without the proxy\'s CA the proxy connection itself is refused, naming the proxy', async () => {
      client = makeClient({ HTTPS_PROXY: `https://localhost:${tlsProxy.port}` });
      const err = await rejection(client.send('https://api.losant.invalid/x'));
      expect(err.code).to.equal('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
      expect(err.message).to.contain(`Cannot reach proxy localhost:${tlsProxy.port}`);
    });
  });
});
