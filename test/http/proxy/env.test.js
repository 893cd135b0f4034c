'use strict';
// Which proxy applies to a URL: HTTP(S)_PROXY and NO_PROXY as curl reads them,
// and the `proxy` option. Pure functions, given an explicit env object.
const { expect } = require('chai');
const { loadProxyModule } = require('../../helpers/proxy-modules');

const { proxyForUrl, validateProxyOption, selectProxy } = loadProxyModule('http/proxy/proxy-env');
const { parseProxyUrl } = loadProxyModule('http/proxy/proxy-url');

const PROXY = 'http://proxy.corp:3128/';

/** The error a call throws (and fails the test when it does not throw). */
function thrown(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected an error');
}

describe('proxy: proxyForUrl reads the environment', () => {
  const cases = [
    // [what, url, env, expected proxy]
    ['nothing set', 'https://api.losant.com/x', {}, undefined],
    ['HTTP_PROXY for http', 'http://api.losant.com/x', { HTTP_PROXY: 'http://proxy.corp:3128' }, PROXY],
    ['http_proxy for http', 'http://api.losant.com/x', { http_proxy: 'http://proxy.corp:3128' }, PROXY],
    ['HTTPS_PROXY for https', 'https://api.losant.com/x', { HTTPS_PROXY: 'http://proxy.corp:3128' }, PROXY],
    ['https_proxy for https', 'https://api.losant.com/x', { https_proxy: 'http://proxy.corp:3128' }, PROXY],
    ['HTTPS_PROXY is not for http targets', 'http://api.losant.com/x', { HTTPS_PROXY: 'http://proxy.corp:3128' }, undefined],
    ['HTTP_PROXY is not for https targets', 'https://api.losant.com/x', { HTTP_PROXY: 'http://proxy.corp:3128' }, undefined],
    ['lowercase wins over uppercase (http)', 'http://a.example/', { http_proxy: 'http://low:1', HTTP_PROXY: 'http://up:2' }, 'http://low:1/'],
    ['lowercase wins over uppercase (https)', 'https://a.example/', { https_proxy: 'http://low:1', HTTPS_PROXY: 'http://up:2' }, 'http://low:1/'],
    ['an empty lowercase value counts as unset', 'https://a.example/', { https_proxy: '', HTTPS_PROXY: 'http://up:2' }, 'http://up:2/'],
    ['no scheme means http://', 'https://a.example/', { HTTPS_PROXY: 'proxy.corp:3128' }, PROXY],
    ['no scheme, with credentials', 'https://a.example/', { HTTPS_PROXY: 'u:p@proxy.corp:3128' }, 'http://u:p@proxy.corp:3128/'],
    ['an https:// proxy', 'https://a.example/', { HTTPS_PROXY: 'HTTPS://Proxy.Corp' }, 'https://proxy.corp/'],
    ['surrounding spaces are trimmed', 'https://a.example/', { HTTPS_PROXY: '  proxy.corp:3128 ' }, PROXY],
    ['uppercase HTTP_PROXY ignored under CGI', 'http://a.example/', { HTTP_PROXY: 'http://evil:1', REQUEST_METHOD: 'GET' }, undefined],
    ['lowercase http_proxy still read under CGI', 'http://a.example/', { http_proxy: 'http://proxy.corp:3128', REQUEST_METHOD: 'GET' }, PROXY],
    ['HTTPS_PROXY still read under CGI', 'https://a.example/', { HTTPS_PROXY: 'http://proxy.corp:3128', REQUEST_METHOD: 'GET' }, PROXY],
    ['not an http(s) target', 'ftp://a.example/', { HTTP_PROXY: 'http://proxy.corp:3128', HTTPS_PROXY: 'http://proxy.corp:3128' }, undefined],
  ];
  for (const [what, url, env, expected] of cases) {
    it(`${what}: ${url} → ${expected}`, () => {
      expect(proxyForUrl(url, env)).to.equal(expected);
    });
  }

  it('reads process.env by default', () => {
    const saved = process.env.HTTPS_PROXY;
    const savedLower = process.env.https_proxy;
    try {
      delete process.env.https_proxy;
      process.env.HTTPS_PROXY = 'proxy.from.process:9';
      expect(proxyForUrl('https://a.example/')).to.equal('http://proxy.from.process:9/');
    } finally {
      if (saved === undefined) delete process.env.HTTPS_PROXY;
      else process.env.HTTPS_PROXY = saved;
      if (savedLower !== undefined) process.env.https_proxy = savedLower;
    }
  });
});

describe('proxy: NO_PROXY as curl reads it', () => {
  const cases = [
    // [NO_PROXY, target URL, reached directly?]
    ['*', 'https://api.losant.com/', true],
    ['example.com,*', 'http://10.9.9.9:81/', true],
    ['losant.com', 'https://losant.com/', true],
    ['losant.com', 'https://api.losant.com/', true],
    ['losant.com', 'https://a.b.losant.com/', true],
    ['losant.com', 'https://notlosant.com/', false],
    ['losant.com', 'https://losant.com.evil.example/', false],
    ['.losant.com', 'https://api.losant.com/', true],
    ['.losant.com', 'https://losant.com/', true],
    ['*.losant.com', 'https://api.losant.com/', true],
    ['LOSANT.COM', 'https://API.Losant.com/', true],
    ['losant.com.', 'https://api.losant.com/', true],
    ['losant.com', 'https://api.losant.com./', true],
    ['api.losant.com', 'https://losant.com/', false],
    ['api.losant.com', 'https://other.losant.com/', false],
    [' foo.example , losant.com ', 'https://api.losant.com/', true],
    ['foo.example losant.com', 'https://api.losant.com/', true],
    ['foo.example,,bar.example', 'https://api.losant.com/', false],
    ['', 'https://api.losant.com/', false],
    ['losant.com:443', 'https://api.losant.com/', true],
    ['losant.com:443', 'https://api.losant.com:443/', true],
    ['losant.com:443', 'http://api.losant.com/', false],
    ['losant.com:443', 'https://api.losant.com:8443/', false],
    ['localhost:8080', 'http://localhost:8080/', true],
    ['localhost:8080', 'http://localhost:8081/', false],
    ['127.0.0.1', 'http://127.0.0.1:3000/', true],
    ['127.0.0.1', 'http://127.0.0.2/', false],
    ['127.0.0.1:3000', 'http://127.0.0.1:3000/', true],
    ['127.0.0.1:3000', 'http://127.0.0.1:3001/', false],
    ['10.0.0.0/8', 'http://10.200.3.4/', true],
    ['10.0.0.0/8', 'http://11.0.0.1/', false],
    ['192.168.1.0/25', 'http://192.168.1.127/', true],
    ['192.168.1.0/25', 'http://192.168.1.128/', false],
    ['::1', 'http://[::1]:3000/', true],
    ['[::1]', 'http://[::1]:3000/', true],
    ['0:0:0::1', 'http://[::1]/', true],
    ['[::1]:3000', 'http://[::1]:3000/', true],
    ['[::1]:3000', 'http://[::1]:3001/', false],
    ['::1', 'http://[::2]/', false],
    ['fe80::/10', 'http://[fe80::1]/', true],
    ['fe80::/10', 'http://[fec0::1]/', false],
    ['::ffff:10.0.0.1', 'http://[::ffff:10.0.0.1]/', true],
    ['2001:db8::/32', 'http://[2001:db8:1::5]/', true],
    ['localhost', 'http://127.0.0.1/', false],
    ['127.0.0.1', 'http://localhost/', false],
    ['1', 'http://0.0.0.1/', false],
  ];
  for (const [noProxy, url, direct] of cases) {
    it(`NO_PROXY=${JSON.stringify(noProxy)}: ${url} ${direct ? 'direct' : 'through the proxy'}`, () => {
      const env = { HTTP_PROXY: 'http://proxy.corp:3128', HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: noProxy };
      expect(proxyForUrl(url, env)).to.equal(direct ? undefined : PROXY);
    });
  }

  it('reads no_proxy too, lowercase first', () => {
    const env = { HTTPS_PROXY: PROXY, no_proxy: 'losant.com' };
    expect(proxyForUrl('https://api.losant.com/', env)).to.equal(undefined);
    env.NO_PROXY = '*';
    env.no_proxy = 'other.example';
    expect(proxyForUrl('https://api.losant.com/', env)).to.equal(PROXY);
  });

  it('a NO_PROXY match wins even when the proxy variable is unusable', () => {
    expect(proxyForUrl('https://api.losant.com/', { HTTPS_PROXY: 'socks5://x:1', NO_PROXY: 'losant.com' })).to.equal(undefined);
  });
});

describe('proxy: an unusable proxy URL is a Validation error, never a direct connection', () => {
  const cases = [
    // [variable, value, words in the message]
    ['HTTPS_PROXY', 'socks5://proxy.corp:1080', /HTTPS_PROXY uses the unsupported scheme "socks5:"/],
    ['https_proxy', 'http://proxy.corp:port', /https_proxy is not a valid URL: "http:\/\/proxy.corp:port"/],
    ['HTTPS_PROXY', 'http://', /HTTPS_PROXY is not a valid URL/],
    ['HTTPS_PROXY', 'http://user:s3cret@proxy.corp:99999', /HTTPS_PROXY is not a valid URL: "http:\/\/\*\*\*@proxy.corp:99999"/],
    ['HTTPS_PROXY', 'http://us%zzer:s3cret@proxy.corp:3128', /HTTPS_PROXY has credentials that are not valid percent-encoding \(proxy proxy.corp:3128\)/],
  ];
  for (const [variable, value, message] of cases) {
    it(`${variable}=${JSON.stringify(value)}`, () => {
      const err = thrown(() => proxyForUrl('https://api.losant.com/', { [variable]: value }));
      expect(err).to.be.an.instanceof(Error);
      expect(err.name).to.equal('LosantError');
      expect(err.type).to.equal('Validation');
      expect(err.code).to.equal('ERR_INVALID_PROXY');
      expect(err.field).to.equal(variable);
      expect(err.message).to.match(message);
      expect(err.message).to.not.contain('s3cret');
    });
  }

  it('a blank variable is unset (direct), not an error; a blank lowercase one lets the uppercase one apply', () => {
    expect(proxyForUrl('https://api.losant.com/', { HTTPS_PROXY: '   ' })).to.equal(undefined);
    expect(proxyForUrl('https://api.losant.com/', { https_proxy: ' ', HTTPS_PROXY: 'proxy.corp:3128' })).to.equal(PROXY);
  });
});

describe('proxy: the proxy option', () => {
  it('validateProxyOption accepts undefined, false and proxy URLs (normalized)', () => {
    expect(validateProxyOption(undefined)).to.equal(undefined);
    expect(validateProxyOption(false)).to.equal(false);
    expect(validateProxyOption('proxy.corp:3128')).to.equal(PROXY);
    expect(validateProxyOption('https://u:p@proxy.corp')).to.equal('https://u:p@proxy.corp/');
  });

  for (const bad of [true, null, 0, {}, [], '', 'ftp://proxy.corp', 'http://proxy.corp:x']) {
    it(`validateProxyOption rejects ${JSON.stringify(bad)} as Validation on field "proxy"`, () => {
      const err = thrown(() => validateProxyOption(bad));
      expect(err.name).to.equal('LosantError');
      expect(err.type).to.equal('Validation');
      expect(err.field).to.equal('proxy');
      expect(err.message).to.match(/^proxy /);
    });
  }

  it('selectProxy: false ignores the environment, a URL overrides it (NO_PROXY included), undefined reads it', () => {
    const env = { HTTPS_PROXY: 'http://env.proxy:1', NO_PROXY: 'losant.com' };
    expect(selectProxy('https://a.example/', false, env)).to.equal(undefined);
    expect(selectProxy('https://api.losant.com/', 'option.proxy:2', env)).to.equal('http://option.proxy:2/');
    expect(selectProxy('https://a.example/', undefined, env)).to.equal('http://env.proxy:1/');
    expect(selectProxy('https://api.losant.com/', undefined, env)).to.equal(undefined);
  });
});

describe('proxy: parseProxyUrl', () => {
  it('decodes percent-encoded credentials into a Basic Proxy-Authorization', () => {
    const config = parseProxyUrl('http://us%40er:p%3Ass%20w%C3%A9@proxy.corp:3128', 'HTTPS_PROXY');
    const decoded = Buffer.from(config.authorization.replace(/^Basic /, ''), 'base64').toString('utf8');
    expect(decoded).to.equal('us@er:p:ss wé');
    expect(config).to.include({ protocol: 'http:', hostname: 'proxy.corp', port: 3128, label: 'proxy.corp:3128' });
  });

  it('user name without a password, default ports, IPv6 proxies', () => {
    const user = parseProxyUrl('http://alice@proxy.corp', 'proxy');
    expect(Buffer.from(user.authorization.slice(6), 'base64').toString()).to.equal('alice:');
    expect(user.port).to.equal(80);
    const tls = parseProxyUrl('https://proxy.corp', 'proxy');
    expect(tls).to.include({ protocol: 'https:', port: 443 });
    expect(tls.authorization).to.equal(undefined);
    const v6 = parseProxyUrl('http://[::1]:8080', 'proxy');
    expect(v6).to.include({ hostname: '::1', port: 8080, label: '[::1]:8080' });
  });
});
