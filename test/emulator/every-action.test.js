'use strict';
// Issue 12: every action of the API description answered by the emulator as documented.
// Each JSON action is called with the client in both styles, and over raw HTTP to read the
// status: one of the documented success statuses, with a body valid against its schema
// (the project's validator and an independent Ajv). Uploads and streams go over raw HTTP
// (a multipart body built here, an SSE stream's head). Each call starts from the seed.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator } = require('../../dist/emulator.js');
const { allActions } = require('../../dist/internal.js');
const { ACTIONS, paramsFor, tokenFor, rawCall, expectDocumented, call } = require('../helpers/emulator-calls');

describe('emulator: every action of the description (issue 12)', () => {
  let emu;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());

  it('the description has 375 actions in 99 resources, and the test calls each', () => {
    expect(Object.keys(allActions)).to.have.length(99);
    expect(ACTIONS).to.have.length(375);
  });

  for (const [resource, action, spec] of ACTIONS) {
    const name = `${resource}.${action}`;
    if (spec.transport === 'json') {
      it(`${name}: documented status and a schema-valid body, with callbacks, promises and raw HTTP`, async () => {
        const demo = emu.demo;
        const client = createClient({ url: emu.url, accessToken: tokenFor(name, demo), retries: 0 });
        for (const style of ['callback', 'promise']) {
          emu.reset();
          expectDocumented(resource, action, await call(client[resource][action], paramsFor(resource, action, demo), style));
        }
        emu.reset();
        const res = await rawCall(emu.url, resource, action, paramsFor(resource, action, demo), tokenFor(name, demo));
        expect(spec.responses.map((r) => r.status), `${name} answered ${res.status} ${JSON.stringify(res.json)}`).to.include(res.status);
        expectDocumented(resource, action, res.json);
      });
    } else {
      it(`${name}: ${spec.transport === 'multipart' ? 'a multipart upload' : 'an event stream'} over raw HTTP, as documented`, async () => {
        emu.reset();
        const res = await rawCall(emu.url, resource, action, paramsFor(resource, action, emu.demo), emu.demo.token);
        if (spec.transport === 'eventStream') {
          expect(res.status).to.equal(200);
          expect(res.headers['content-type']).to.match(/^text\/event-stream/);
        } else {
          expect(spec.responses.map((r) => r.status), JSON.stringify(res.json)).to.include(res.status);
          expectDocumented(resource, action, res.json);
        }
      });
    }
  }
});
