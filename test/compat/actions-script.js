/*
 * The sequence of calls one consumer style makes against a fresh emulator:
 * all 13 actions, ordered so each state change can be observed (invite then
 * revoke, modify then remove, delete last), plus API and validation errors.
 * Plain `assert`, ES2017 syntax: it runs on Node 10.
 */
'use strict';
const assert = require('assert');
const net = require('net');

const UNKNOWN_ORG = 'ffffffffffffffffffffffff';

/** Calls that must succeed; `state.done` records each, so a failure names the step it stopped at. */
const TOTAL_CALLS = 14;

/**
 * One call in the given style. Callback style must return undefined and call
 * back once, on a later tick; promise style must return a thenable.
 */
function call(client, style, action, params) {
  return callWith(client, style, action, params, undefined);
}

/** As `call`, with per-call options (the optional second argument). */
function callWith(client, style, action, params, options) {
  const method = client.org[action];
  const args = options === undefined ? [params] : [params, options];
  if (style === 'promise') {
    const returned = method.apply(null, args);
    assert.ok(returned && typeof returned.then === 'function', `${action} returned no promise`);
    return returned;
  }
  return new Promise((resolve, reject) => {
    let returned = 'pending';
    let calls = 0;
    returned = method.apply(null, args.concat((err, result) => {
      calls += 1;
      try {
        assert.strictEqual(calls, 1, `${action} called back twice`);
        assert.strictEqual(returned, undefined, `${action} called back before returning, or returned a value`);
      } catch (wrong) {
        reject(wrong);
        return;
      }
      if (err) reject(err);
      else resolve(result);
    }));
  });
}

/**
 * The minimal AbortSignal a Node 10 user can bring (no global AbortController
 * there): `aborted` plus add/removeEventListener, as the options type documents.
 */
function abortSignal() {
  const listeners = [];
  return {
    aborted: false,
    addEventListener(type, listener) { listeners.push(listener); },
    removeEventListener(type, listener) {
      const index = listeners.indexOf(listener);
      if (index !== -1) listeners.splice(index, 1);
    },
    abort() {
      this.aborted = true;
      listeners.slice().forEach((listener) => listener());
    },
  };
}

/** Expects the call to fail with a LosantError of the given status and type. */
function expectError(lib, promise, statusCode, type, field) {
  return promise.then(
    (result) => { throw new assert.AssertionError({ message: `expected ${type}, got ${JSON.stringify(result)}` }); },
    (err) => {
      if (err instanceof assert.AssertionError) throw err;
      assert.ok(err instanceof Error, 'an Error');
      assert.ok(lib.isLosantError(err), 'isLosantError');
      assert.strictEqual(err.statusCode, statusCode);
      assert.strictEqual(err.type, type);
      if (field) assert.strictEqual(err.field, field);
      return err;
    }
  );
}

/**
 * A loopback port nothing listens on, from the system (no fixed port is assumed
 * closed): the local port of a connection held open to a listener that is
 * closed at once. While the connection lives, no listener can be given the port.
 * (test/helpers/loopback.js does the same; fixtures are copied alone, so it is repeated here.)
 */
function closedPort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer((accepted) => accepted.unref());
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const holder = net.connect(server.address().port, '127.0.0.1', () => {
        holder.unref();
        server.close();
        server.unref();
        resolve(holder.localPort);
      });
      holder.on('error', reject);
    });
  });
}

function member(org, userId) {
  return (org.members || []).filter((m) => m.userId === userId)[0];
}

async function runActions(lib, server, style, state) {
  const demo = server.demo;
  const orgId = demo.orgId;
  const client = lib.createClient({ accessToken: demo.token, url: server.url });
  const step = async (action, params, check) => {
    state.step = `${style} ${action}`;
    const result = await call(client, style, action, params);
    check(result);
    state.done.push({ style, action, ok: true });
    return result;
  };
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  const name = `Compat ${style} ${process.version}`;

  await step('get', { orgId }, (org) => {
    assert.strictEqual(org.id, orgId);
    assert.strictEqual(typeof org.name, 'string');
    assert.ok(member(org, demo.userId), 'demo user is a member');
  });
  await step('patch', { orgId, organization: { name } }, (org) => assert.strictEqual(org.name, name));
  await step('get', { orgId }, (org) => assert.strictEqual(org.name, name, 'patch persisted'));
  const range = { orgId, start: '0', end: String(Date.now()) };
  // The demo seed has a week of usage, so each count series over [0, now] is non-empty.
  const series = (r) => assert.ok(Array.isArray(r.counts) && r.counts.length > 0, 'non-empty counts array');
  await step('deviceCounts', range, series);
  await step('notebookMinuteCounts', range, series);
  await step('payloadCounts', range, (r) => assert.ok(isObject(r) && Object.keys(r).length > 0, 'stats by type'));
  await step('payloadCountsBreakdown', Object.assign({ resolution: '3600000' }, range), (r) => {
    series(r);
    // API 1.30.0 no longer echoes `resolution`: the buckets an hour apart show it reached the server.
    assert.ok(r.counts.length > 1, 'more than one bucket');
    assert.strictEqual(Date.parse(r.counts[1].date) - Date.parse(r.counts[0].date), 3600000, 'the query value reached the server');
  });
  await step('pendingInvites', { orgId }, (list) => {
    assert.ok(Array.isArray(list), 'invites array');
    assert.ok(list.some((i) => i.id === demo.inviteId), 'seeded invite listed');
  });
  const email = `compat-${style}@example.com`;
  const invites = await step('inviteMember', { orgId, invite: { email, role: 'view' } }, (list) => {
    assert.ok(Array.isArray(list) && list.some((i) => i.email === email), 'new invite listed');
  });
  const inviteId = invites.filter((i) => i.email === email)[0].id;
  await step('revokeInvite', { orgId, inviteId }, (list) => {
    assert.ok(Array.isArray(list) && !list.some((i) => i.id === inviteId), 'invite gone');
  });
  await step('modifyMember', { orgId, member: { userId: demo.userId, role: 'view' } }, (org) => {
    assert.strictEqual(member(org, demo.userId).role, 'view');
  });
  const transfer = {
    destinationId: demo.userId, destinationType: 'user',
    applicationIds: [demo.applicationId], dashboardIds: [demo.dashboardId],
  };
  await step('transferResources', { orgId, transfer }, (r) => assert.deepStrictEqual(r, { success: true }));
  await step('removeMember', { orgId, userId: demo.userId }, (org) => {
    assert.strictEqual(member(org, demo.userId), undefined, 'member removed');
  });

  state.step = `${style} API error (get of an unknown org)`;
  await expectError(lib, call(client, style, 'get', { orgId: UNKNOWN_ORG }), 404, 'NotFound');
  state.step = `${style} validation error (no request sent)`;
  await expectError(lib, call(client, style, 'inviteMember', { orgId, invite: { email, role: 'owner' } }), undefined, 'Validation', 'invite.role');

  state.step = `${style} caller abort (AbortController stand-in on Node < 15)`;
  const signal = abortSignal();
  const aborted = callWith(client, style, 'get', { orgId }, { signal });
  signal.abort();
  const abortErr = await expectError(lib, aborted, undefined, 'Aborted');
  assert.strictEqual(abortErr.code, 'ABORT_ERR');
  state.step = `${style} transport error (connection refused)`;
  const refused = callWith(client, style, 'get', { orgId }, { url: `http://127.0.0.1:${await closedPort()}`, retries: 0 });
  assert.strictEqual((await expectError(lib, refused, undefined, 'Network')).code, 'ECONNREFUSED');

  await step('delete', { orgId }, (r) => assert.deepStrictEqual(r, { success: true }));
  state.step = `${style} get after delete`;
  await expectError(lib, call(client, style, 'get', { orgId }), 404, 'NotFound');
  state.step = `${style} done`;
}

/**
 * Prints a fixture's outcome as the one JSON line scripts/compat reads, and
 * fails the process on error. `fields()` adds fixture-specific figures.
 */
function report(run, state, fields) {
  const extra = () => (fields ? fields() : {});
  return run.then(
    () => console.log(JSON.stringify(Object.assign({ ok: true }, extra(), { node: process.version }))),
    (err) => {
      console.log(JSON.stringify(Object.assign({ ok: false, step: state.step }, extra(), {
        node: process.version,
        error: String(err && err.stack ? err.stack : err).split('\n').slice(0, 6).join('\n'),
      })));
      process.exitCode = 1;
    }
  );
}

module.exports = { runActions, call, expectError, report, TOTAL_CALLS };
