/*
 * A consumer on Node >= 14 that `import`s the packed package by name: named
 * imports work, there is no default-export trap, the ESM build (not the CJS
 * one through interop) is what loads, the `/emulator` subpath imports too, and
 * errors from either copy are recognised by both copies' isLosantError. Plain `assert`; no top-level await
 * (Node 14.0-14.7 lack it).
 *
 * Usage: node import-fixture.mjs '<JSON {url, demo}>'
 * Prints one JSON line: {"ok":true,…} or {"ok":false,"step":…,"error":…}.
 */
import assert from 'assert';
import { createRequire } from 'module';
import { createClient, isLosantError } from 'losant-org-client';
import * as ns from 'losant-org-client';

const require = createRequire(import.meta.url);
const actions = require('./actions-script.js');
const server = JSON.parse(process.argv[2]);
const state = { step: 'import' };

async function main() {
  assert.strictEqual(typeof createClient, 'function');
  assert.strictEqual(ns.createClient, createClient);
  // A package whose ESM entry only had `export default {...}` would put everything under ns.default.
  assert.strictEqual('default' in ns, false, 'no default export');
  const cjs = require('losant-org-client');
  assert.strictEqual(typeof cjs.createClient, 'function');
  // Different function objects: the "import" condition picked dist/index.mjs, not the CJS file.
  assert.notStrictEqual(cjs.createClient, createClient, 'import loaded the ESM build');

  state.step = "import('losant-org-client/emulator')";
  const emulatorModule = await import('losant-org-client/emulator');
  assert.strictEqual(typeof emulatorModule.startEmulator, 'function');

  const { orgId, token } = server.demo;
  const client = createClient({ accessToken: token, url: server.url });
  state.step = 'get (promise)';
  const org = await actions.call(client, 'promise', 'get', { orgId });
  assert.strictEqual(org.id, orgId);
  state.step = 'pendingInvites (callback)';
  const invites = await actions.call(client, 'callback', 'pendingInvites', { orgId });
  assert.ok(Array.isArray(invites), 'invites array');

  state.step = 'API error across builds';
  const err = await actions.expectError({ isLosantError }, client.org.get({ orgId: 'ffffffffffffffffffffffff' }), 404, 'NotFound');
  assert.ok(cjs.isLosantError(err), 'the CJS guard recognises an ESM error');
  const cjsClient = cjs.createClient({ accessToken: token, url: server.url });
  await actions.expectError({ isLosantError }, cjsClient.org.get({ orgId: 'ffffffffffffffffffffffff' }), 404, 'NotFound');
}

actions.report(main(), state);
