'use strict';
// Issue 12: the scope matrix of every resource family, from the scopes the description
// lists per action. For each action: no token → 401; a token whose only scope belongs to
// another resource → 403; a read-only user token → allowed exactly where the action lists
// all.User.read, else 403; and a token with the action's own scope, with its resource's
// `<resource>.*` and with a broad `all.*` scope the action lists → the documented status.
// Actions that need no token (the logins, public dashboards, invites) answer without one.
// A refused call changes nothing.
const { expect } = require('chai');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { allActions } = require('../../../dist/internal.js');
const { ACTIONS, paramsFor, rawCall } = require('../../helpers/emulator-calls');

const ADA = '575ed70c7ae143cd83dc4aa1';
const MEMBER = '575ed70c7ae143cd83dc4aa9';

/** The user an action must run as with the default seed (me.delete deletes the member, who is nobody's last admin). */
const userFor = (name) => (name === 'me.delete' ? MEMBER : ADA);
const tokenName = (scope, name) => `tok-${scope}-${userFor(name)}`.replace(/[^\x21-\x7e]/g, '_');

/** The default seed plus one token per scope used below (per user), each a plain string of the scope. */
function matrixSeed() {
  const seed = JSON.parse(JSON.stringify(defaultSeed));
  const seen = new Set(seed.tokens.map((t) => t.token));
  const add = (scope, name) => {
    const token = tokenName(scope, name);
    if (seen.has(token)) return;
    seen.add(token);
    seed.tokens.push({ name: token, token, scopes: [scope], userId: userFor(name) });
  };
  for (const [resource, action, spec] of ACTIONS) {
    for (const scope of allowedScopes(resource, action, spec)) add(scope, `${resource}.${action}`);
    add(wrongScope(resource), `${resource}.${action}`);
    add('all.User.read', `${resource}.${action}`);
  }
  return seed;
}

/** The action's own scope, its resource's wildcard and the first `all.*` scope, where the description lists them. */
function allowedScopes(resource, action, spec) {
  const picks = [`${resource}.${action}`, `${resource}.*`, spec.scopes.filter((s) => /^all\./.test(s))[0]];
  return picks.filter((s) => s && spec.scopes.indexOf(s) !== -1);
}

/** A real scope of another resource, which this resource's actions never list. */
function wrongScope(resource) {
  const other = Object.keys(allActions).filter((r) => r !== resource && !r.startsWith(resource) && !resource.startsWith(r))[0];
  return `${other}.*`;
}

describe('emulator: the scope matrix of every resource family (issue 12)', () => {
  let emu;
  before(async () => {
    emu = await startEmulator({ seed: matrixSeed() });
  });
  after(() => emu.close());

  async function outcome(resource, action, token) {
    emu.reset();
    const before = JSON.stringify(emu.snapshot());
    const res = await rawCall(emu.url, resource, action, paramsFor(resource, action, emu.demo), token);
    if (res.status === 401 || res.status === 403) {
      expect(JSON.stringify(emu.snapshot()), `${resource}.${action}: a refused call changed the state`).to.equal(before);
      expect(Object.keys(res.json).sort()).to.deep.equal(['message', 'type']);
    }
    return res.status;
  }

  for (const resource of Object.keys(allActions)) {
    describe(`${resource}`, () => {
      for (const action of Object.keys(allActions[resource])) {
        const spec = allActions[resource][action];
        const name = `${resource}.${action}`;
        // A stream documents its events, not a status: it answers 200 and starts sending.
        const ok = spec.transport === 'eventStream' ? [200] : spec.responses.map((r) => r.status);
        if (spec.auth === 'none') {
          it(`${action}: needs no token`, async () => {
            expect(ok).to.include(await outcome(resource, action, undefined));
          });
          continue;
        }
        it(`${action}: no token 401, another resource's scope 403, all.User.read ${spec.scopes.indexOf('all.User.read') === -1 ? '403' : 'allowed'}, ${allowedScopes(resource, action, spec).join(' / ')} allowed`, async () => {
          expect(await outcome(resource, action, undefined), 'no token').to.equal(401);
          expect(await outcome(resource, action, tokenName(wrongScope(resource), name)), wrongScope(resource)).to.equal(403);
          const read = await outcome(resource, action, tokenName('all.User.read', name));
          if (spec.scopes.indexOf('all.User.read') === -1) expect(read, 'all.User.read').to.equal(403);
          else expect(ok, 'all.User.read').to.include(read);
          const scopes = allowedScopes(resource, action, spec);
          expect(scopes.length, 'scopes to try').to.be.above(0);
          for (const scope of scopes) expect(ok, scope).to.include(await outcome(resource, action, tokenName(scope, name)));
        });
      }
    });
  }
});
