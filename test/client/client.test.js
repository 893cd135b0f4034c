'use strict';
// Every action, in both styles, over real HTTP: the exact request on the wire,
// the result, and an API error. The expected requests are written out here from
// the facts sheet (not derived from the action table), so the table is checked.
const { expect } = require('chai');
const { createClient, isLosantError } = require('../..');
const { startRecorder } = require('../helpers/recorder');
const { closedPort } = require('../helpers/loopback');

const ORG = '575ed6e87ae143cd83dc4aa8';
const USER = '575ed70c7ae143cd83dc4aa9';
const INVITE = '575ed71e7ae143cd83dc4aaa';
const HAL = { _actions: 'false', _links: 'true', _embedded: 'true' };

const invite = { email: 'new.member@example.com', role: 'view' };
const member = { userId: USER, role: 'edit' };
const organization = { name: 'Renamed Org', description: 'new words' };
const transfer = { destinationId: USER, destinationType: 'user', applicationIds: ['575ec8687ae143cd83dc4a97'] };

// action → [params, method, path, extra query, body] (a non-GET action without its body sends `{}`, as losant-rest does)
const cases = {
  delete: [{ orgId: ORG }, 'DELETE', `/orgs/${ORG}`, {}, {}],
  deviceCounts: [{ orgId: ORG, start: 0, end: '1465790400000' }, 'GET', `/orgs/${ORG}/deviceCounts`, { start: '0', end: '1465790400000' }, undefined],
  get: [{ orgId: ORG, summaryExclude: 'payloadCount' }, 'GET', `/orgs/${ORG}`, { summaryExclude: 'payloadCount' }, undefined],
  inviteMember: [{ orgId: ORG, invite }, 'POST', `/orgs/${ORG}/invites`, {}, invite],
  modifyMember: [{ orgId: ORG, member, summaryInclude: 'memberCount' }, 'PATCH', `/orgs/${ORG}/member`, { summaryInclude: 'memberCount' }, member],
  notebookMinuteCounts: [{ orgId: ORG, start: '0' }, 'GET', `/orgs/${ORG}/notebookMinuteCounts`, { start: '0' }, undefined],
  patch: [{ orgId: ORG, organization }, 'PATCH', `/orgs/${ORG}`, {}, organization],
  payloadCounts: [{ orgId: ORG, end: 1465790400000 }, 'GET', `/orgs/${ORG}/payloadCounts`, { end: '1465790400000' }, undefined],
  payloadCountsBreakdown: [
    { orgId: ORG, resolution: 3600000, asBytes: true, includeNonBillable: 'false' }, 'GET', `/orgs/${ORG}/payloadCountsBreakdown`,
    { resolution: '3600000', asBytes: 'true', includeNonBillable: 'false' }, undefined,
  ],
  pendingInvites: [{ orgId: ORG }, 'GET', `/orgs/${ORG}/invites`, {}, undefined],
  removeMember: [{ orgId: ORG, userId: USER }, 'DELETE', `/orgs/${ORG}/member`, { userId: USER }, {}],
  revokeInvite: [{ orgId: ORG, inviteId: INVITE }, 'DELETE', `/orgs/${ORG}/invites`, { inviteId: INVITE }, {}],
  transferResources: [{ orgId: ORG, transfer }, 'PATCH', `/orgs/${ORG}/transferResources`, {}, transfer],
};

function callback(fn) {
  return new Promise((resolve) => {
    const returned = fn((err, result) => resolve({ err, result, returned }));
    if (returned !== undefined) resolve({ returned });
  });
}

describe('client.org: every action on the wire', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ accessToken: 'tok-123', url: server.url });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('has exactly the 13 actions of the seed', () => {
    expect(Object.keys(client.org).sort()).to.deep.equal(Object.keys(cases).sort());
  });

  for (const name of Object.keys(cases)) {
    const [params, method, path, query, body] = cases[name];
    const check = (req) => {
      expect(req.method).to.equal(method);
      expect(req.rawPath).to.equal(path);
      expect(req.query).to.deep.equal(Object.assign({}, HAL, query));
      expect(req.headers.accept).to.equal('application/json');
      expect(req.headers['accept-version']).to.equal('^1.30.0');
      expect(req.headers.authorization).to.equal('Bearer tok-123');
      expect(req.body).to.deep.equal(body);
      expect(req.headers['content-type']).to.equal(body === undefined ? undefined : 'application/json');
    };

    describe(name, () => {
      it('promise style: sends the documented request and resolves with the body', async () => {
        server.reply((req) => ({ status: 200, body: { action: name, seen: req.path } }));
        const result = await client.org[name](params);
        expect(server.requests).to.have.length(1);
        check(server.requests[0]);
        expect(result).to.deep.equal({ action: name, seen: path });
      });

      it('callback style: same request, (null, result), returns undefined', async () => {
        server.reply(() => ({ status: 200, body: { action: name } }));
        const { err, result, returned } = await callback((cb) => client.org[name](params, cb));
        expect(returned).to.equal(undefined);
        expect(err).to.equal(null);
        expect(result).to.deep.equal({ action: name });
        check(server.requests[0]);
      });

      it('an API error (404) rejects / calls back with message, type and statusCode', async () => {
        server.reply(() => ({ status: 404, body: { type: 'NotFound', message: 'Organization was not found' } }));
        const err = await client.org[name](params).then(() => null, (e) => e);
        const viaCb = (await callback((cb) => client.org[name](params, undefined, cb))).err;
        for (const e of [err, viaCb]) {
          expect(e).to.be.instanceOf(Error);
          expect(isLosantError(e)).to.equal(true);
          expect(e.message).to.equal('Organization was not found');
          expect(e.type).to.equal('NotFound');
          expect(e.statusCode).to.equal(404);
        }
        expect(server.requests).to.have.length(2);
      });
    });
  }
});

describe('client options', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('per-call options override the client for that call only', async () => {
    const client = createClient({ accessToken: 'client-token', url: server.url });
    await client.org.get({ orgId: ORG }, { accessToken: 'call-token', acceptVersion: '^1.25.0' });
    await client.org.get({ orgId: ORG });
    expect(server.requests[0].headers.authorization).to.equal('Bearer call-token');
    expect(server.requests[0].headers['accept-version']).to.equal('^1.25.0');
    expect(server.requests[1].headers.authorization).to.equal('Bearer client-token');
    expect(server.requests[1].headers['accept-version']).to.equal('^1.30.0');
  });

  it('per-call url is used for that call', async () => {
    const other = await startRecorder();
    const client = createClient({ url: server.url });
    await client.org.get({ orgId: ORG }, { url: other.url });
    expect(other.requests).to.have.length(1);
    expect(server.requests).to.have.length(0);
    await other.close();
  });

  it('setOption returns the client and changes later calls; getOption reads it back', async () => {
    const client = createClient({ url: `http://127.0.0.1:${await closedPort()}` });
    expect(client.setOption('url', server.url)).to.equal(client);
    client.setOption('accessToken', 'later');
    expect(client.getOption('url')).to.equal(server.url);
    expect(client.getOption('acceptVersion')).to.equal('^1.30.0');
    await client.org.get({ orgId: ORG });
    expect(server.requests[0].headers.authorization).to.equal('Bearer later');
  });

  it('defaults url to https://api.losant.com', () => {
    expect(createClient().getOption('url')).to.equal('https://api.losant.com');
  });

  it('sends no Authorization header without a token', async () => {
    await createClient({ url: server.url }).org.get({ orgId: ORG });
    expect(server.requests[0].headers).to.not.have.property('authorization');
  });

  it('losantdomain goes as a header, not a query value', async () => {
    await createClient({ url: server.url }).org.get({ orgId: ORG, losantdomain: 'example.com' });
    expect(server.requests[0].headers.losantdomain).to.equal('example.com');
    expect(server.requests[0].query).to.not.have.property('losantdomain');
  });

  it('_actions/_links/_embedded can be overridden by params of the same name', async () => {
    await createClient({ url: server.url }).org.get({ orgId: ORG, _links: false, _actions: true });
    expect(server.requests[0].query).to.deep.equal({ _actions: 'true', _links: 'false', _embedded: 'true' });
  });

  it('a base url with a path prefix and trailing slash joins cleanly', async () => {
    await createClient({ url: `${server.url}/api/` }).org.get({ orgId: ORG });
    expect(server.requests[0].rawPath).to.equal(`/api/orgs/${ORG}`);
  });

  it('path params are percent-encoded so an id cannot reach another path', async () => {
    await createClient({ url: server.url, validate: false }).org.get({ orgId: '../users/x?y=1#z' });
    expect(server.requests[0].rawPath).to.equal('/orgs/..%2Fusers%2Fx%3Fy%3D1%23z');
  });

  it('client.request sends any path with the client options, in both styles', async () => {
    const client = createClient({ accessToken: 'tok', url: server.url });
    server.reply(() => ({ status: 200, body: { me: true } }));
    const result = await client.request({ method: 'get', path: '/me', query: { a: [1, { b: 2 }] } });
    expect(result).to.deep.equal({ me: true });
    expect(server.requests[0].method).to.equal('GET');
    expect(server.requests[0].search).to.equal('a%5B0%5D=1&a%5B1%5D%5Bb%5D=2');
    expect(server.requests[0].headers.authorization).to.equal('Bearer tok');
    const { err, result: viaCb } = await callback((cb) => client.request({ method: 'POST', path: '/x', body: { q: 1 } }, cb));
    expect(err).to.equal(null);
    expect(viaCb).to.deep.equal({ me: true });
    expect(server.requests[1].body).to.deep.equal({ q: 1 });
  });
});
