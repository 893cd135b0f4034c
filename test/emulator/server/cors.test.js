'use strict';
// Issue 16: the emulator answers as the API does for a page on another origin (CORS), over
// raw HTTP: preflights, the headers on every kind of answer, and what is not a preflight.
const http = require('http');
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');

const ORIGIN = 'http://127.0.0.1:9';
const ALLOW_HEADERS = 'Authorization, Content-Type, Accept, Accept-Version, Last-Event-ID, Cache-Control, losantdomain';

/** One request on its own connection; resolves with status, headers and body text (a stream is cut after its head). */
function send(url, method, path, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method, headers, agent: false }, (res) => {
      if (/event-stream/.test(res.headers['content-type'] || '')) {
        resolve({ status: res.statusCode, headers: res.headers, body: '' });
        req.destroy();
        return;
      }
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('emulator: CORS for pages on another origin', () => {
  let emulator;
  const lines = [];
  before(async () => { emulator = await startEmulator({ log: (line) => lines.push(line) }); });
  after(() => emulator.close());

  it('answers a preflight 204, without a token, with the methods and the headers the client sends', async () => {
    const res = await send(emulator.url, 'OPTIONS', `/orgs/${emulator.demo.orgId}`, {
      Origin: ORIGIN, 'Access-Control-Request-Method': 'PATCH', 'Access-Control-Request-Headers': 'authorization,content-type,accept-version',
    });
    expect(res.status).to.equal(204);
    expect(res.body).to.equal('');
    expect(res.headers).to.include({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': ALLOW_HEADERS,
      'access-control-max-age': '600',
    });
    expect(res.headers).to.not.have.property('access-control-allow-credentials');
    expect(lines[lines.length - 1]).to.equal(`OPTIONS /orgs/${emulator.demo.orgId} → 204`);
  });

  it('answers a preflight for any path, the streams\' included', async () => {
    const path = `/applications/${emulator.demo.applicationId}/devices/${emulator.demo.deviceId}/stateStream`;
    const res = await send(emulator.url, 'OPTIONS', path, { Origin: ORIGIN, 'Access-Control-Request-Method': 'GET' });
    expect(res.status).to.equal(204);
    expect(res.headers['access-control-allow-headers']).to.equal(ALLOW_HEADERS);
  });

  it('allows any origin and exposes Retry-After, Allow and Location on every answer: success, errors, a stream', async () => {
    const auth = { Origin: ORIGIN, Authorization: `Bearer ${emulator.demo.token}` };
    const answers = [
      await send(emulator.url, 'GET', `/orgs/${emulator.demo.orgId}`, auth),
      await send(emulator.url, 'GET', `/orgs/${emulator.demo.orgId}`, { Origin: ORIGIN }),
      await send(emulator.url, 'GET', '/orgs/ffffffffffffffffffffffff', auth),
      await send(emulator.url, 'PUT', `/orgs/${emulator.demo.orgId}`, auth),
      await send(emulator.url, 'GET', `/applications/${emulator.demo.applicationId}/devices/${emulator.demo.deviceId}/stateStream`, auth),
    ];
    expect(answers.map((a) => a.status)).to.deep.equal([200, 401, 404, 405, 200]);
    for (const answer of answers) {
      expect(answer.headers['access-control-allow-origin']).to.equal('*');
      expect(answer.headers['access-control-expose-headers']).to.equal('Retry-After, Allow, Location');
    }
  });

  it('an OPTIONS that is not a preflight is routed as any request (405 with Allow)', async () => {
    const res = await send(emulator.url, 'OPTIONS', `/orgs/${emulator.demo.orgId}`, { Origin: ORIGIN, Authorization: `Bearer ${emulator.demo.token}` });
    expect(res.status).to.equal(405);
    expect(res.headers.allow).to.match(/PATCH/);
  });

  it('does not read a body sent with a preflight: it answers, then closes the connection', async () => {
    const res = await send(emulator.url, 'OPTIONS', `/orgs/${emulator.demo.orgId}`, {
      Origin: ORIGIN, 'Access-Control-Request-Method': 'PATCH', 'Content-Length': '5',
    }, 'hello');
    expect(res.status).to.equal(204);
    expect(res.headers.connection).to.equal('close');
  });
});
