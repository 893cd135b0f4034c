'use strict';
// Issue 20, point 6: the emulator serves what Losant's own tools call, and the API
// documentation's example of each action against a fresh emulator. The documented example
// is the call each reference page shows: its required params, each given the value the
// description publishes (the Example column; a body, its schema's example in
// the schemas' published `examples`, or a value synthesized from the schema where none is published).
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator } = require('../../dist/emulator.js');
const { allActions } = require('../../dist/internal.js');
const { bodyExamples, documentedCall, tokenFor } = require('../helpers/documented-calls');
const { tables } = require('../helpers/table');

function rawGet(url, method, headers) {
  return new Promise((resolve, reject) => {
    http.request(`${url}/whitelabels/domain`, { method, headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], text }));
    }).on('error', reject).end();
  });
}

describe('emulator: what Losant\'s own tools call (issue 20)', () => {
  let emu;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());

  it("the device login example (deviceCredentials: the demo sensor with the docs' key and secret) succeeds", async () => {
    const login = await createClient({ url: emu.url, retries: 0 }).auth.authenticateDevice({ credentials: bodyExamples.deviceCredentials });
    expect(login).to.include({ deviceId: '575ecf887ae143cd83dc4aa2', applicationId: '575ec8687ae143cd83dc4a97' });
  });

  it("GET /whitelabels/domain answers the platform's domains, as losant-cli's login reads them through request({ url })", async () => {
    const client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
    const info = await client.request({ method: 'get', url: '/whitelabels/domain' });
    expect(info).to.deep.equal({ appUrl: 'https://app.losant.com', endpointDomain: 'on.losant.com' });
  });

  it('GET /whitelabels/domain needs no token; HEAD answers the same without a body', async () => {
    const get = await rawGet(emu.url, 'GET', {});
    expect(get.status).to.equal(200);
    expect(JSON.parse(get.text)).to.have.keys('appUrl', 'endpointDomain');
    const head = await rawGet(emu.url, 'HEAD', {});
    expect([head.status, head.text]).to.deep.equal([200, '']);
    const other = await createClient({ url: emu.url, retries: 0 }).request({ method: 'POST', path: '/whitelabels/domain', body: {} }).catch((e) => e);
    expect(other.statusCode).to.equal(404);
  });

  it('a wrong password gets the status the action documents (400 for me.*), not an undocumented 401', async () => {
    const client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
    for (const [action, params] of [
      ['changePassword', { data: { password: 'not-the-password', newPassword: 'Correct-Horse-9-Battery' } }],
      ['enableTwoFactorAuth', { data: { password: 'not-the-password', twoFactorCode: '123456' } }],
      ['delete', { credentials: { email: 'someone.else@example.com', password: 'not-the-password' } }],
    ]) {
      const err = await client.me[action](params).then(() => null, (e) => e);
      expect(allActions.me[action].errors.map((e) => e.status), action).to.not.include(401);
      expect(err, action).to.include({ statusCode: 400, type: 'Validation' });
    }
  });
});

/**
 * Examples that contradict each other, with the documented error one of them gets: API
 * 1.30.0's device attribute examples all name `voltage` on the same device, so on a fresh
 * emulator where `deviceAttribute.get`, `.patch` and `.delete` find it, the create's is one
 * name twice on a device.
 */
const CONTRADICTED = { 'deviceAttributes.post': '400 deviceAttribute.name voltage already exists on this device' };

describe('emulator: the documented example of every action, against a fresh emulator', () => {
  let emu;
  const failed = [];
  let tried = 0;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());

  for (const table of tables) {
    for (const name of Object.keys(table.actions)) {
      if (table.actions[name].transport === 'eventStream') continue;
      const full = `${table.name}.${name}`;
      it(`${full} succeeds`, async () => {
        emu.reset();
        tried++;
        const params = documentedCall(table, name);
        const client = createClient({ url: emu.url, accessToken: await tokenFor(emu, params), retries: 0 });
        const err = await client[table.name][name](params).then(() => null, (e) => e);
        const expected = CONTRADICTED[full] || null;
        if ((err && `${err.statusCode} ${err.message}`) !== expected) failed.push(full);
        expect(err && `${err.statusCode} ${err.message}`, full).to.equal(expected);
      });
    }
  }

  it('all 372 succeed (but the one the others contradict, which gets its documented error)', () => {
    expect(tried).to.equal(372);
    expect(failed).to.deep.equal([]);
  });
});
