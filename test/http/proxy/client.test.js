'use strict';
// Proxies through the client (issue 13): the `proxy` option and HTTP_PROXY /
// HTTPS_PROXY / NO_PROXY, on the wire. A local forward proxy
// (test/helpers/proxy-server.js) stands in front of api.losant.invalid, a
// name that resolves nowhere, so every success proves the proxy carried the
// call; the https origin's certificate is signed by the test CA, given with
// the `tls` option. NO_PROXY and `proxy: false` are proved by the opposite:
// the direct attempt fails with ENOTFOUND and the proxy saw nothing.
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { startProxy, startOrigin, closedPort, tlsFiles } = require('../../helpers/proxy-server');
const { runNode, describeRun } = require('../../helpers/exit-check');

const TOKEN = 'tok-SECRET-4f2a';
const ORG_PATH = '/orgs/secret-org-id';
const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy'];

function rejection(promise) {
  return promise.then((value) => { throw new Error(`expected a rejection, got ${JSON.stringify(value)}`); }, (err) => err);
}

/** The call in callback style, as a promise of { err, result }. */
function viaCallback(fn) {
  return new Promise((resolve) => fn((err, result) => resolve({ err, result })));
}

/** Sets proxy variables for one test (all others unset), restoring them after. */
function withEnv(vars) {
  const saved = {};
  for (const name of PROXY_VARIABLES) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  Object.assign(process.env, vars);
  return () => {
    for (const name of PROXY_VARIABLES) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  };
}

describe('proxy: through the client', function () {
  let origin;
  let secure;
  let proxy;
  let restoreEnv = () => undefined;
  const closers = [];

  beforeEach(async () => {
    origin = await startOrigin();
    secure = await startOrigin({ tls: true });
    proxy = await startProxy({ routes: { 'api.losant.invalid:80': origin.port, 'api.losant.invalid:443': secure.port } });
    closers.push(() => origin.close(), () => secure.close(), () => proxy.close());
  });

  afterEach(async () => {
    restoreEnv();
    restoreEnv = () => undefined;
    while (closers.length) await closers.pop()();
  });

  const httpClient = (options) => createClient(Object.assign({ url: 'http://api.losant.invalid', accessToken: TOKEN, proxy: proxy.url }, options));
  const httpsClient = (options) => createClient(Object.assign({ url: 'https://api.losant.invalid', accessToken: TOKEN, proxy: proxy.url, tls: { ca: tlsFiles.ca } }, options));

  it('http: the `proxy` option sends the call to the proxy in absolute form (both styles)', async () => {
    const client = httpClient();
    const viaPromise = await client.request({ method: 'GET', path: `${ORG_PATH}?a=1` });
    const { err, result } = await viaCallback((cb) => client.request({ method: 'GET', path: ORG_PATH }, cb));
    expect(err).to.equal(null);
    expect([viaPromise.path, result.path]).to.deep.equal([`${ORG_PATH}?a=1`, ORG_PATH]);
    expect(viaPromise).to.include({ host: 'api.losant.invalid', authorization: `Bearer ${TOKEN}` });
    expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal([
      `GET http://api.losant.invalid${ORG_PATH}?a=1 HTTP/1.1`, `GET http://api.losant.invalid${ORG_PATH} HTTP/1.1`,
    ]);
  });

  it('https: a CONNECT tunnel, TLS to the origin checked with the `tls` option\'s CA; the token travels only inside TLS', async () => {
    const client = httpsClient();
    const org = await client.request({ method: 'GET', path: ORG_PATH });
    expect(org).to.include({ path: ORG_PATH, authorization: `Bearer ${TOKEN}`, servername: 'api.losant.invalid' });
    expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal(['CONNECT api.losant.invalid:443 HTTP/1.1']);
    expect(proxy.seen[0].authorization).to.equal(undefined);
    expect(Buffer.concat(proxy.tunnels[0].bytes).length).to.be.above(100);
    expect(proxy.sawInTunnels(TOKEN)).to.equal(false);
    expect(proxy.sawInTunnels('secret-org-id')).to.equal(false);
  });

  it('https: keep-alive, three calls share one tunnel; an equal `tls` object given per call shares it too', async () => {
    const client = httpsClient();
    await client.request({ method: 'GET', path: '/1' });
    await client.request({ method: 'GET', path: '/2' }, { tls: { ca: tlsFiles.ca } });
    await client.request({ method: 'GET', path: '/3' }, { tls: { ca: tlsFiles.ca } });
    expect(secure.requests.map((r) => r.path)).to.deep.equal(['/1', '/2', '/3']);
    expect(proxy.connects()).to.have.length(1);
    expect(proxy.connections).to.equal(1);
  });

  it('https: without the CA the origin\'s certificate is refused inside the tunnel (verification stays on)', async () => {
    const err = await rejection(httpsClient({ tls: null, retries: 0 }).request({ method: 'GET', path: '/x' }));
    expect(err).to.include({ name: 'LosantError', type: 'Network' });
    expect(err.code).to.match(/CERT|SIGNATURE|ISSUER/);
    expect(err.message).to.contain(`through proxy 127.0.0.1:${proxy.port}`);
    expect(secure.requests).to.have.length(0);
  });

  describe('proxy credentials', () => {
    beforeEach(async () => {
      await proxy.close();
      proxy = await startProxy({ routes: { 'api.losant.invalid:80': origin.port, 'api.losant.invalid:443': secure.port }, auth: 'us@er:p:ss wé' });
      closers.push(() => proxy.close());
    });

    it('percent-encoded in the proxy URL, they go as Proxy-Authorization: Basic (on the CONNECT only for https)', async () => {
      const withCredentials = `http://us%40er:p%3Ass%20w%C3%A9@127.0.0.1:${proxy.port}`;
      const plain = await httpClient({ proxy: withCredentials }).request({ method: 'GET', path: '/a' });
      const secured = await httpsClient({ proxy: withCredentials }).request({ method: 'GET', path: '/b' });
      const expected = `Basic ${Buffer.from('us@er:p:ss wé').toString('base64')}`;
      expect(proxy.seen.map((s) => [s.kind, s.proxyAuthorization])).to.deep.equal([['absolute', expected], ['connect', expected]]);
      expect(plain.proxyAuthorization).to.equal(undefined);
      expect(secured.proxyAuthorization).to.equal(undefined);
      expect(secured.authorization).to.equal(`Bearer ${TOKEN}`);
    });

    for (const scheme of ['http', 'https']) {
      it(`${scheme}: a 407 is a LosantError (Network, ERR_PROXY_AUTH_REQUIRED) in both styles, not retried, password never shown`, async () => {
        const wrong = `http://alice:wr0ng-pass@127.0.0.1:${proxy.port}`;
        const client = scheme === 'http' ? httpClient({ proxy: wrong }) : httpsClient({ proxy: wrong });
        const err = await rejection(client.request({ method: 'GET', path: '/x' }));
        const { err: cbErr } = await viaCallback((cb) => client.request({ method: 'GET', path: '/y' }, cb));
        for (const e of [err, cbErr]) {
          expect(e).to.include({ name: 'LosantError', type: 'Network', code: 'ERR_PROXY_AUTH_REQUIRED' });
          expect(e.statusCode).to.equal(undefined);
          expect(e.message).to.contain(`Proxy 127.0.0.1:${proxy.port} rejected the credentials in the proxy URL: 407`);
          expect(e.message).to.not.contain('wr0ng-pass');
        }
        // retries: 2 by default for a GET, yet one request per call reached the proxy.
        expect(proxy.seen).to.have.length(2);
        expect(origin.requests.length + secure.requests.length).to.equal(0);
      });
    }
  });

  it('a refused CONNECT is a LosantError (Network, ERR_PROXY_CONNECT_REFUSED): never sent, so even a POST is retried', async () => {
    proxy.mode = 'refuse';
    const err = await rejection(httpsClient({ retries: 1 }).request({ method: 'POST', path: '/orgs', body: { name: 'x' } }));
    expect(err).to.include({ name: 'LosantError', type: 'Network', code: 'ERR_PROXY_CONNECT_REFUSED' });
    expect(err.message).to.contain(`Proxy 127.0.0.1:${proxy.port} refused to CONNECT to api.losant.invalid:443: 403 Forbidden`);
    expect(proxy.connects()).to.have.length(2);
    expect(secure.requests).to.have.length(0);
  });

  it('a proxy that hangs up before answering CONNECT: ERR_PROXY_CONNECTION_CLOSED', async () => {
    proxy.mode = 'hangup';
    const err = await rejection(httpsClient({ retries: 0 }).request({ method: 'GET', path: '/x' }));
    expect(err).to.include({ type: 'Network', code: 'ERR_PROXY_CONNECTION_CLOSED' });
  });

  it('a silent proxy never hangs the call: the timeout ends it (ETIMEDOUT) and drops the connection', async () => {
    proxy.mode = 'hang';
    const started = Date.now();
    const err = await rejection(httpsClient({ retries: 0, timeout: 300 }).request({ method: 'GET', path: '/x' }));
    expect(err).to.include({ type: 'Timeout', code: 'ETIMEDOUT' });
    // Not before the timeout; the test's own timeout says it never hangs.
    expect(Date.now() - started).to.be.at.least(295);
    await proxy.until(() => proxy.closed === proxy.connections);
  });

  it('a proxy nobody listens on: ECONNREFUSED, naming the proxy', async () => {
    const port = await closedPort();
    const err = await rejection(httpsClient({ proxy: `http://127.0.0.1:${port}`, retries: 0 }).request({ method: 'GET', path: '/x' }));
    expect(err).to.include({ type: 'Network', code: 'ECONNREFUSED' });
    expect(err.message).to.contain(`Cannot reach proxy 127.0.0.1:${port}`);
  });

  describe('the environment (HTTP_PROXY, HTTPS_PROXY, NO_PROXY)', () => {
    const direct = (url, options) => createClient(Object.assign({ url, accessToken: TOKEN, retries: 0, tls: { ca: tlsFiles.ca } }, options));

    it('HTTPS_PROXY is used for https:// and HTTP_PROXY for http://, with no option given', async () => {
      restoreEnv = withEnv({ HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url });
      expect(await direct('https://api.losant.invalid').request({ method: 'GET', path: '/s' })).to.include({ path: '/s' });
      expect(await direct('http://api.losant.invalid').request({ method: 'GET', path: '/p' })).to.include({ path: '/p' });
      expect(proxy.seen.map((s) => s.kind)).to.deep.equal(['connect', 'absolute']);
    });

    it('the lowercase variables are read too (and win over the uppercase ones)', async () => {
      restoreEnv = withEnv({ https_proxy: proxy.url, HTTPS_PROXY: 'http://127.0.0.1:9' });
      expect(await direct('https://api.losant.invalid').request({ method: 'GET', path: '/s' })).to.include({ path: '/s' });
      expect(proxy.connects()).to.have.length(1);
    });

    it('HTTPS_PROXY is not used for http:// (nor HTTP_PROXY for https://)', async () => {
      restoreEnv = withEnv({ HTTPS_PROXY: proxy.url });
      const err = await rejection(direct('http://api.losant.invalid').request({ method: 'GET', path: '/p' }));
      expect(err.code).to.equal('ENOTFOUND');
      expect(proxy.seen).to.have.length(0);
    });

    const bypassing = [
      ['the exact host', 'api.losant.invalid'],
      ['a domain suffix', '.losant.invalid'],
      ['a bare domain (its subdomains too)', 'losant.invalid'],
      ['host:port with the target\'s port', 'api.losant.invalid:443'],
      ['*', '*'],
      ['an entry among others, in lowercase no_proxy', 'example.com, api.losant.invalid ,10.0.0.0/8'],
    ];
    for (const [what, list] of bypassing) {
      it(`NO_PROXY with ${what} (${JSON.stringify(list)}): a direct connection (ENOTFOUND), the proxy sees nothing`, async () => {
        restoreEnv = withEnv(what.includes('lowercase') ? { HTTPS_PROXY: proxy.url, no_proxy: list } : { HTTPS_PROXY: proxy.url, NO_PROXY: list });
        const err = await rejection(direct('https://api.losant.invalid').request({ method: 'GET', path: '/x' }));
        expect(err).to.include({ type: 'Network', code: 'ENOTFOUND' });
        expect(proxy.connections).to.equal(0);
      });
    }

    it('NO_PROXY entries that do not match (another port, another domain) leave the proxy in use', async () => {
      restoreEnv = withEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: 'api.losant.invalid:8443,losant.com,invalid.example' });
      expect(await direct('https://api.losant.invalid').request({ method: 'GET', path: '/x' })).to.include({ path: '/x' });
      expect(proxy.connects()).to.have.length(1);
    });

    it('`proxy: false` ignores the environment; a `proxy` URL overrides it, NO_PROXY included', async () => {
      restoreEnv = withEnv({ HTTPS_PROXY: proxy.url, NO_PROXY: 'api.losant.invalid' });
      const err = await rejection(direct('https://api.losant.invalid', { proxy: false }).request({ method: 'GET', path: '/x' }));
      expect(err.code).to.equal('ENOTFOUND');
      restoreEnv();
      restoreEnv = withEnv({ HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: 'api.losant.invalid' });
      expect(await direct('https://api.losant.invalid', { proxy: proxy.url }).request({ method: 'GET', path: '/y' })).to.include({ path: '/y' });
      expect(proxy.connects()).to.have.length(1);
    });

    it('a redirect to another host gets its own decision (the proxy for the first, NO_PROXY for the second)', async () => {
      const target = http.createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ final: req.url, authorization: req.headers.authorization || null }));
      });
      await new Promise((resolve) => target.listen(0, '127.0.0.1', resolve));
      closers.push(() => new Promise((resolve) => target.close(resolve)));
      const mover = http.createServer((req, res) => {
        res.writeHead(302, { location: `http://127.0.0.1:${target.address().port}/final` });
        res.end();
      });
      await new Promise((resolve) => mover.listen(0, '127.0.0.1', resolve));
      closers.push(() => new Promise((resolve) => mover.close(resolve)));
      await proxy.close();
      proxy = await startProxy({ routes: { 'api.losant.invalid:80': mover.address().port } });
      closers.push(() => proxy.close());
      restoreEnv = withEnv({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      const result = await direct('http://api.losant.invalid').request({ method: 'GET', path: '/moved' });
      expect(result).to.deep.equal({ final: '/final', authorization: null });
      expect(proxy.seen.map((s) => s.requestLine)).to.deep.equal(['GET http://api.losant.invalid/moved HTTP/1.1']);
    });

    it('a proxy variable that cannot be used fails the call as a Validation error naming it; nothing is sent', async () => {
      restoreEnv = withEnv({ HTTPS_PROXY: 'socks5://127.0.0.1:1080' });
      const err = await rejection(direct('https://api.losant.invalid').request({ method: 'GET', path: '/x' }));
      expect(err).to.include({ name: 'LosantError', type: 'Validation', field: 'HTTPS_PROXY', code: 'ERR_INVALID_PROXY' });
      expect(err.message).to.contain('unsupported scheme "socks5:"');
    });
  });

  describe('the options are checked with the others: a refused value fails every call, nothing is sent', () => {
    const refused = [
      ['proxy', 'ftp://proxy.corp', /^proxy uses the unsupported scheme "ftp:"/],
      ['proxy', null, /^proxy must be a proxy URL string \(http:\/\/ or https:\/\/\) or false$/],
      ['proxy', true, /^proxy must be a proxy URL string/],
      ['proxy', 'http://', /^proxy is not a valid URL|^proxy has no host name/],
      ['tls', 'ca.pem', /^tls must be an object of TLS settings/],
      ['tls', { rejectUnauthorised: false }, /^tls has an unknown setting "rejectUnauthorised"/],
      ['tls', { ca: 42 }, /^tls setting "ca" must be a PEM string, a Buffer, or an array of them$/],
      ['tls', { rejectUnauthorized: 'no' }, /^tls setting "rejectUnauthorized" must be true or false$/],
    ];
    for (const [name, value, message] of refused) {
      it(`${name}: ${JSON.stringify(value)} is refused (both styles)`, async () => {
        const client = createClient({ url: 'http://api.losant.invalid', [name]: value, proxy: name === 'proxy' ? value : proxy.url });
        const err = await rejection(client.request({ method: 'GET', path: '/x' }));
        const { err: cbErr } = await viaCallback((cb) => client.request({ method: 'GET', path: '/x' }, cb));
        for (const e of [err, cbErr]) {
          expect(e).to.include({ name: 'LosantError', type: 'Validation', field: name });
          expect(e.message).to.match(message);
        }
        expect(proxy.connections).to.equal(0);
        expect(client.getOption(name)).to.equal(value);
      });
    }
  });
});

describe('proxy: streams and uploads go through it too (the emulator behind the proxy)', () => {
  let emu;
  let proxy;
  before(async () => {
    emu = await startEmulator();
    proxy = await startProxy({ routes: { 'api.losant.invalid:80': Number(new URL(emu.url).port) } });
  });
  after(async () => {
    await proxy.close();
    await emu.close();
  });

  it('an upload streamed from a file, through the proxy', async () => {
    const { demo } = emu;
    const client = createClient({ url: 'http://api.losant.invalid', accessToken: demo.token, proxy: proxy.url, retries: 0 });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'losant-proxy-upload-')), 'plan.csv');
    fs.writeFileSync(file, Buffer.alloc(70000, 'x'));
    try {
      await client.file.upload({ applicationId: demo.applicationId, fileId: demo.fileId, file: fs.createReadStream(file) });
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    expect((await client.file.get({ applicationId: demo.applicationId, fileId: demo.fileId })).fileSize).to.equal(70000);
    const upload = proxy.seen.find((s) => s.requestLine.startsWith('POST '));
    expect(upload.requestLine).to.equal(`POST http://api.losant.invalid/applications/${demo.applicationId}/file/${demo.fileId}/upload?_actions=false&_links=true&_embedded=true HTTP/1.1`);
    expect(upload.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
  });

  it('a stream opens through the proxy and delivers the state sent through it', async () => {
    const { demo } = emu;
    const client = createClient({ url: 'http://api.losant.invalid', accessToken: demo.token, proxy: proxy.url, retries: 0 });
    const es = await client.device.stateStream({ applicationId: demo.applicationId, deviceId: demo.deviceId });
    try {
      const event = new Promise((resolve) => es.addEventListener('deviceState', resolve));
      await client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: { data: { temperature: 31 } } });
      expect(JSON.parse((await event).data).data).to.deep.equal({ temperature: 31 });
    } finally {
      es.close();
    }
    expect(proxy.seen.some((s) => /^GET http:\/\/api\.losant\.invalid\/applications\/\S+\/stateStream/.test(s.requestLine))).to.equal(true);
  });
});

describe('proxy: the tests themselves run without the machine\'s proxy variables', () => {
  it('test/helpers/no-proxy-env.js (mocha\'s "require") removes them from the test process and its children', async () => {
    const hook = path.join(__dirname, '..', '..', 'helpers', 'no-proxy-env.js');
    const script = `require(${JSON.stringify(hook)}); console.log(JSON.stringify(Object.keys(process.env).filter((k) => /_proxy$/i.test(k))))`;
    const env = Object.assign({}, process.env, { HTTP_PROXY: 'http://corp:3128', https_proxy: 'http://corp:3128', NO_PROXY: 'x', KEEP_ME: '1' });
    const run = await runNode(['-e', script], { env });
    expect(run.code, describeRun(run)).to.equal(0);
    expect(run.stdout).to.contain('HTTP_PROXY, https_proxy, NO_PROXY removed');
    expect(JSON.parse(run.stdout.trim().split('\n').pop())).to.deep.equal([]);
    expect(PROXY_VARIABLES.filter((name) => process.env[name] !== undefined)).to.deep.equal([]);
  });
});
