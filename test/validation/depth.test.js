'use strict';
// Issue 21, item 11: a deeply nested query or body gives a Validation
// LosantError naming the field, never a RangeError from a stack that ran out,
// and nothing is sent: through an action's validator, with validation off
// (the JSON text), and through client.request's query and body. The same
// checker serves the emulator (dist/internal.js's checkSchema): it returns
// a problem for such a value instead of throwing.
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startRecorder } = require('../helpers/recorder');

const { checkSchema, schemas } = require(path.join(__dirname, '..', '..', 'dist', 'internal.js'));

const APP = '575ec8687ae143cd83dc4a97';
const DEPTH = 200000;

/** { $and: [ { $and: [ … ] } ] }, `depth` levels deep. */
function deepQuery(depth) {
  const root = {};
  let at = root;
  for (let i = 0; i < depth; i++) {
    at.$and = [{}];
    at = at.$and[0];
  }
  return root;
}

describe('validation: values nested too deeply (issue 21, item 11)', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ url: server.url, accessToken: 't', retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const outcome = (promise) => promise.then(() => 'sent', (e) => `${e.name} ${e.type}: ${e.message}`);

  it(`an advanced query ${DEPTH} levels deep: Validation, by the validator and with validation off; nothing sent`, async () => {
    const query = deepQuery(DEPTH);
    expect(await outcome(client.devices.get({ applicationId: APP, query }))).to.equal('LosantError Validation: query is nested too deeply (more than 1000 levels)');
    expect(await outcome(client.devices.get({ applicationId: APP, query }, { validate: false }))).to.equal('LosantError Validation: query is nested too deeply to be sent as JSON');
    expect(await outcome(client.devices.export({ applicationId: APP, options: { query } }))).to.equal('LosantError Validation: options is nested too deeply (more than 1000 levels)');
    expect(server.requests).to.have.length(0);
  });

  it('client.request: a query and a body nested too deeply are Validation errors; nothing sent', async () => {
    const deep = deepQuery(DEPTH);
    expect(await outcome(client.request({ method: 'GET', path: '/x', query: { q: deep } }))).to.equal('LosantError Validation: query is nested too deeply');
    expect(await outcome(client.request({ method: 'POST', path: '/x', body: deep }))).to.equal('LosantError Validation: request.body is nested too deeply to be sent as JSON');
    expect(server.requests).to.have.length(0);
  });

  it('a query 50 levels deep is checked as usual and sent', async () => {
    await client.devices.get({ applicationId: APP, query: deepQuery(50) });
    expect(server.requests).to.have.length(1);
  });

  it('the emulator\'s checker: a problem at the root for a deep value, never a throw', () => {
    expect(checkSchema(schemas.advancedDeviceQuery, deepQuery(DEPTH))).to.deep.equal({
      instancePath: '', keyword: 'maxDepth', params: { limit: 1000 }, message: 'is nested too deeply (more than 1000 levels)',
    });
    // Each level of $and is two (an object and an array): 400 levels are 800, within the limit.
    expect(checkSchema(schemas.advancedDeviceQuery, deepQuery(400))).to.equal(undefined);
  });
});
