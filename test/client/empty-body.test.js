'use strict';
// Issue 20, point 2: an action called without its body param sends `{}` as JSON (every
// method but GET, DELETE included), as Losant's own clients do; a required body param whose
// schema accepts `{}` may be left out (losant-cli's `experience.bootstrap({ applicationId })`);
// the emulator takes what losant-rest sends; the types agree with the run-time rule.
// (test/client/differential.test.js compares every such call with losant-rest 2.8.1's.)
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator } = require('../../dist/emulator.js');
const { allActions, acceptsEmptyObject } = require('../../dist/internal.js');
const { startWireServer } = require('../helpers/wire-server');

const APP = '575ec8687ae143cd83dc4a97';

function both(method, params) {
  return [
    () => method(params),
    () => new Promise((resolve, reject) => method(params, (err, result) => (err ? reject(err) : resolve(result)))),
  ];
}

describe('a non-GET action without its body sends {} (as losant-rest does)', () => {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ url: server.url, accessToken: 'body-token', retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const calls = {
    'experience.bootstrap (a required body that accepts {})': ['experience', 'bootstrap', { applicationId: APP }, 'PATCH'],
    'application.clone (an optional body)': ['application', 'clone', { applicationId: APP }, 'POST'],
    'events.delete (a POST whose body, the query, is optional)': ['events', 'delete', { applicationId: APP }, 'POST'],
    'device.delete (a DELETE without a body param)': ['device', 'delete', { applicationId: APP, deviceId: '575ecf887ae143cd83dc4aa2' }, 'DELETE'],
    'me.verifyEmail (a POST without a body param)': ['me', 'verifyEmail', {}, 'POST'],
  };
  for (const [title, [resource, action, params, method]] of Object.entries(calls)) {
    it(`${title}: {} as application/json, in both styles`, async () => {
      for (const call of both(client[resource][action], params)) {
        server.reset();
        await call();
        const req = server.requests[0];
        expect(req.method).to.equal(method);
        expect(req.headers['content-type']).to.equal('application/json');
        expect(req.raw.toString('utf8')).to.equal('{}');
      }
    });
  }

  it('a body given as null is left out too: {} is sent', async () => {
    await client.application.clone({ applicationId: APP, options: null });
    expect(server.requests[0].raw.toString('utf8')).to.equal('{}');
  });

  it('a GET sends no body and no Content-Type', async () => {
    await client.devices.get({ applicationId: APP });
    expect(server.requests[0].raw.length).to.equal(0);
    expect(server.requests[0].headers['content-type']).to.equal(undefined);
  });

  it('a required body that {} does not satisfy is still refused when left out, and nothing is sent', async () => {
    const err = await client.org.inviteMember({ orgId: '575ed6e87ae143cd83dc4aa8' }).then(() => null, (e) => e);
    expect(err).to.include({ type: 'Validation', field: 'invite', message: 'invite is required' });
    expect(server.requests).to.have.length(0);
  });
});

describe('the emulator takes the {} losant-rest sends', () => {
  let emu;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());

  it('experience.bootstrap({ applicationId }) succeeds', async () => {
    const client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
    const result = await client.experience.bootstrap({ applicationId: emu.demo.applicationId });
    expect(result).to.be.an('object');
  });

  it('instanceOrgs.post without orgConfig (whose schema needs a name): {} is read as left out', async () => {
    const client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
    const org = await client.instanceOrgs.post({ instanceId: emu.demo.instanceId });
    expect(org.name).to.equal('New Organization');
  });
});

describe('the types agree: a body param is optional exactly where it may be left out', () => {
  it('for every action with a body param', () => {
    const api = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'generated', 'api.ts'), 'utf8');
    let optional = 0;
    for (const resource of Object.keys(allActions)) {
      for (const action of Object.keys(allActions[resource])) {
        const body = allActions[resource][action].params.filter((p) => p.in === 'body')[0];
        if (!body) continue;
        const name = `${resource[0].toUpperCase()}${resource.slice(1)}${action[0].toUpperCase()}${action.slice(1)}Params`;
        const block = new RegExp(`export interface ${name} extends HalParams \\{([\\s\\S]*?)\\n\\}`).exec(api);
        expect(block, name).to.not.equal(null);
        const mayLeaveOut = !body.required || acceptsEmptyObject(body);
        expect(new RegExp(`\\n  ${body.name}\\?:`).test(block[1]), `${name}.${body.name}`).to.equal(mayLeaveOut);
        if (mayLeaveOut) optional++;
      }
    }
    expect(optional).to.be.above(50);
  });
});
