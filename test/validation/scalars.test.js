'use strict';
// A required query value that is not an id (a `date` in ms since the epoch, a column name,
// a tag key) may be a number or a boolean, as losant-rest sent it and the API reads it; ids
// (`userId`, `inviteId`, `executionId`) and path and header values stay strings.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startWireServer } = require('../helpers/wire-server');

const APP = '575ec8687ae143cd83dc4a97';

function both(method, params) {
  return [
    method(params).then((r) => ({ r }), (e) => ({ e })),
    new Promise((resolve) => method(params, (e, r) => resolve(e ? { e } : { r }))),
  ];
}

describe('validation of required query scalars', () => {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ url: server.url, accessToken: 't', retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('sends a number where a required query value is not an id, in both styles', async () => {
    server.answer(() => ({ status: 200, body: { success: true } }));
    const outcomes = await Promise.all(both(client.application.archiveData, { applicationId: APP, date: 1600000000000 }));
    for (const o of outcomes) expect(o).to.deep.equal({ r: { success: true } });
    expect(server.requests.map((r) => new URLSearchParams(r.search).get('date'))).to.deep.equal(['1600000000000', '1600000000000']);
    await client.devices.tagValues({ applicationId: APP, key: 42 });
    expect(new URLSearchParams(server.requests[2].search).get('key')).to.equal('42');
  });

  it('still refuses a number as a required id in the query, and sends nothing', async () => {
    const outcomes = await Promise.all(both(client.org.removeMember, { orgId: '575ed6e87ae143cd83dc4aa8', userId: 575 }));
    for (const o of outcomes) expect([o.e.type, o.e.field, o.e.message]).to.deep.equal(['Validation', 'userId', 'userId must be a string']);
    expect(server.requests).to.have.length(0);
  });
});
