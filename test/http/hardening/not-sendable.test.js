'use strict';
// Issue 14, item 9: every failure is a LosantError. A request body that
// JSON cannot carry (circular, a BigInt, a throwing toJSON, a function), a
// query that contains itself or an invalid Date, a value with no string form:
// each is a Validation error naming what is wrong, through the caller's own
// channel, and nothing is sent (checked once nothing is left to do).
const { expect } = require('chai');
const { createClient, isLosantError } = require('../../..');
const { startRecorder } = require('../../helpers/recorder');
const { baseline, untilIdle } = require('../../helpers/idle');
const { inBothStyles } = require('../../helpers/settle');

const ORG = '575ed6e87ae143cd83dc4aa8';
const NOT_JSON = 'cannot be sent as JSON (a circular reference, a BigInt or a failing toJSON)';

function circular() {
  const value = { name: 'loop' };
  value.self = value;
  return value;
}

describe('hardening 9: what cannot be sent is a Validation error, nothing sent', () => {
  let server;
  before(async () => { server = await startRecorder(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  const cases = [
    ['a circular client.request body', (c, cb) => c.request({ method: 'POST', path: '/x', body: circular() }, cb), 'request.body', NOT_JSON],
    ['a BigInt in a client.request body', (c, cb) => c.request({ method: 'POST', path: '/x', body: { n: 10n } }, cb), 'request.body', NOT_JSON],
    ['a body whose toJSON throws', (c, cb) => c.request({ method: 'PUT', path: '/x', body: { toJSON() { throw new Error('no'); } } }, cb), 'request.body', NOT_JSON],
    ['a function as the body', (c, cb) => c.request({ method: 'POST', path: '/x', body: () => 1 }, cb), 'request.body', 'cannot be sent as JSON'],
    ['a circular action body (validation off)', (c, cb) => c.org.patch({ orgId: ORG, organization: circular() }, { validate: false }, cb), 'organization', NOT_JSON],
    ['a BigInt in an action body (validation off)', (c, cb) => c.org.inviteMember({ orgId: ORG, invite: { email: 'a@example.com', role: 'view', n: 1n } }, { validate: false }, cb), 'invite', NOT_JSON],
    ['a BigInt in an action body (validation on)', (c, cb) => c.org.patch({ orgId: ORG, organization: { name: 5n } }, cb), 'organization.name', 'must be a string'],
    ['a query that contains itself', (c, cb) => c.request({ method: 'GET', path: '/x', query: { a: circular() } }, cb), 'a[self]', 'must not contain itself (a circular reference)'],
    ['an invalid Date in a query', (c, cb) => c.request({ method: 'GET', path: '/x', query: { since: new Date('never') } }, cb), 'since', 'must be a valid Date'],
    ['an id with no string form (validation off)', (c, cb) => c.org.get({ orgId: Object.create(null) }, { validate: false }, cb), 'orgId', 'cannot be converted to a string'],
    ['a header value that is an object', (c, cb) => c.request({ method: 'GET', path: '/x', headers: { 'x-a': { b: 1 } } }, cb), 'x-a', 'must be a string'],
    ['request.headers that is a string', (c, cb) => c.request({ method: 'GET', path: '/x', headers: 'x-a: 1' }, cb), 'request.headers', 'must be an object'],
    ['request.query that is a string', (c, cb) => c.request({ method: 'GET', path: '/x', query: 'a=1' }, cb), 'request.query', 'must be an object'],
  ];
  for (const [label, call, field, why] of cases) {
    it(`${label}: both styles`, async () => {
      const client = createClient({ url: server.url, accessToken: 't', retryAllMethods: true });
      const before = await baseline();
      const outcomes = await inBothStyles((cb) => call(client, cb));
      await untilIdle(before);
      for (const { style, calls, err } of outcomes) {
        expect(calls, style).to.equal(1);
        expect(isLosantError(err), `${style}: ${err && err.name}: ${err && err.message}`).to.equal(true);
        expect({ type: err.type, field: err.field, message: err.message }, style).to.deep.equal({ type: 'Validation', field, message: `${field} ${why}` });
      }
      expect(server.requests).to.have.length(0);
    });
  }

  it('the JSON error keeps what JSON.stringify threw as its cause', async () => {
    const err = await createClient({ url: server.url }).request({ method: 'POST', path: '/x', body: { n: 1n } }).catch((e) => e);
    expect(err.cause).to.be.instanceOf(TypeError);
  });
});
