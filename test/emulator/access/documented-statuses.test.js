'use strict';
// Issue 20, point 6: the emulator answers only statuses the action documents. Every action is
// called the ways that fail (each id of its path unknown, or not an id at all; its body of
// the wrong kind; as a user who may see nothing; as a token of another instance) and the way
// its page shows (documentedCall): every status must be one its page lists, or one that
// applies to every route (docs/emulator.md, Errors: 401 and 403 for the token, 405, 413, 415).
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { allActions } = require('../../../dist/internal.js');
const { documentedCall, tokenFor } = require('../../helpers/documented-calls');
const { tables } = require('../../helpers/table');

const EVERY_ROUTE = [401, 403, 405, 413, 415];
const UNKNOWN_ID = '5f00000000000000000000ff';

/** A stream's status: the answer's head, then the connection is dropped. */
function streamStatus(emu, path, token) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${emu.url}${path}`, { agent: false, headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' } }, (res) => {
      resolve(res.statusCode);
      req.destroy();
    });
    req.on('error', reject);
  });
}

function streamPath(spec, params) {
  const path = spec.path.replace(/\{(\w+)\}/g, (_m, name) => encodeURIComponent(params[name]));
  const query = spec.params.filter((p) => p.in === 'query' && params[p.name] !== undefined).map((p) => `${p.name}=${encodeURIComponent(params[p.name])}`);
  return query.length ? `${path}?${query.join('&')}` : path;
}

/** The ways to call an action that should fail, each as [label, params]. */
function failingCalls(spec, params) {
  const calls = [];
  for (const p of spec.params.filter((s) => s.in === 'path')) {
    calls.push([`unknown ${p.name}`, { ...params, [p.name]: UNKNOWN_ID }]);
    calls.push([`${p.name} not an id`, { ...params, [p.name]: 'not-an-id' }]);
  }
  const body = spec.params.filter((s) => s.in === 'body')[0];
  if (body) calls.push([`${body.name} not an object`, { ...params, [body.name]: 'not an object' }]);
  return calls;
}

describe('emulator: every action answers only the statuses its page documents (issue 20)', () => {
  let emu;
  let noorToken;
  const seen = new Map();
  before(async () => {
    emu = await startEmulator();
    noorToken = (await createClient({ url: emu.url }).auth.authenticateUser({ credentials: { email: 'noor@example.com', password: 'yourCurrentPassword' } })).token;
  });
  after(() => emu.close());

  for (const table of tables) {
    for (const name of Object.keys(table.actions)) {
      const full = `${table.name}.${name}`;
      it(full, async () => {
        emu.reset();
        const spec = allActions[table.name][name];
        // A stream documents its events, not a status: it answers 200 and starts sending.
        const ok = spec.transport === 'eventStream' ? [200] : spec.responses.map((r) => r.status);
        const allowed = ok.concat(spec.errors.map((e) => e.status), EVERY_ROUTE);
        const documented = documentedCall(table, name);
        const callers = [['admin', emu.demo.token], ['a user in nothing', noorToken], ['another instance\'s token', 'emu-instance-token']];
        const outcomes = [];
        for (const [label, params] of failingCalls(spec, documented).concat([['as documented', documented]])) {
          for (const [who, token] of label === 'as documented' ? [['its caller', await tokenFor(emu, documented)]] : callers) {
            let status;
            if (spec.transport === 'eventStream') {
              status = await streamStatus(emu, streamPath(spec, params), token);
            } else {
              const client = createClient({ url: emu.url, accessToken: token, retries: 0, validate: false });
              status = await client[table.name][name](params).then(() => spec.responses[0].status, (e) => e.statusCode);
            }
            outcomes.push(`${label}, ${who}: ${status}`);
            seen.set(status, (seen.get(status) || 0) + 1);
            expect(allowed, `${full}, ${label}, ${who}`).to.include(status);
          }
        }
        expect(outcomes.length).to.be.above(0);
      });
    }
  }

  it('the calls met the statuses the rule is about', () => {
    // Each kind was answered many times: the successes, the token's 403, and the mapped and documented refusals.
    for (const status of [200, 201, 400, 403, 404]) expect(seen.get(status) || 0, `status ${status}`).to.be.above(20);
  });
});

describe('emulator: what an action does not document becomes what it does', () => {
  let emu;
  let admin;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());
  beforeEach(() => {
    emu.reset();
    admin = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
  });

  it('an unknown instance gets 400, the only status instance.patch and instanceOrgs.get list, with the message of a 404', async () => {
    for (const [resource, action, params] of [
      ['instance', 'patch', { instanceId: UNKNOWN_ID, instance: { reportConfigs: [] } }],
      ['instanceOrgs', 'get', { instanceId: UNKNOWN_ID }],
    ]) {
      expect(allActions[resource][action].errors.map((e) => e.status)).to.deep.equal([400]);
      const err = await admin[resource][action](params).catch((e) => e);
      expect(err, `${resource}.${action}`).to.include({ statusCode: 400, type: 'Validation', message: `Instance ${UNKNOWN_ID} was not found` });
    }
    // Where 404 is documented, it stays.
    expect(await admin.instance.get({ instanceId: UNKNOWN_ID }).catch((e) => e)).to.include({ statusCode: 404, type: 'NotFound' });
  });

  it('a malformed events.mostRecentBySeverity, which lists only 404, gets 404', async () => {
    const path = `/applications/${emu.demo.applicationId}/events/mostRecentBySeverity?filter=a&filter=b`;
    const answer = await new Promise((resolve, reject) => {
      http.get(`${emu.url}${path}`, { agent: false, headers: { authorization: `Bearer ${emu.demo.token}` } }, (res) => {
        let text = '';
        res.on('data', (chunk) => { text += chunk; });
        res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(text) }));
      }).on('error', reject);
    });
    expect(answer).to.deep.equal({ status: 404, body: { type: 'NotFound', message: 'filter must be given once' } });
  });

  it('me.get, which lists no error, answers 403 to a token that acts as no user', async () => {
    const seed = { tokens: [{ name: 'nobody', token: 'emu-nobody-token', scopes: ['all.User'] }], orgs: [{ id: '575ed6e87ae143cd83dc4aa8', name: 'Org' }] };
    const orgOnly = await startEmulator({ seed });
    try {
      const err = await createClient({ url: orgOnly.url, accessToken: 'emu-nobody-token', retries: 0 }).me.get({}).catch((e) => e);
      expect(err).to.include({ statusCode: 403, type: 'Forbidden' });
    } finally {
      await orgOnly.close();
    }
  });

  it('the token\'s own refusals and the request\'s stay as they are: 401, 403, 405', async () => {
    const none = await createClient({ url: emu.url, retries: 0 }).instance.patch({ instanceId: UNKNOWN_ID, instance: { reportConfigs: [] } }).catch((e) => e);
    expect(none.statusCode).to.equal(401);
    const other = await createClient({ url: emu.url, accessToken: 'emu-instance-token', retries: 0 }).instance.patch({ instanceId: UNKNOWN_ID, instance: { reportConfigs: [] } }).catch((e) => e);
    expect(other.statusCode).to.equal(403);
    const method = await admin.request({ method: 'PUT', path: `/instances/${UNKNOWN_ID}`, body: {} }).catch((e) => e);
    expect(method.statusCode).to.equal(405);
  });
});
