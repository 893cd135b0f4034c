/*
 * A consumer on old Node: `require`s the packed package by name and runs all
 * 13 Org actions against an emulator, once with callbacks and once with
 * promises (each style on its own fresh emulator, so every state change runs
 * in both styles). Plain `assert` and ES2017 syntax only: this file itself must
 * run on Node 10, where mocha, `?.` and `node:` specifiers do not.
 *
 * Usage: node require-fixture.js '<JSON [{url, demo}, {url, demo}]>'
 * Prints one JSON line: {"ok":true,"actions":26,...} or {"ok":false,"step":…,"error":…}.
 */
'use strict';
const assert = require('assert');
const path = require('path');
const { runActions, report, TOTAL_CALLS } = require('./actions-script');

const servers = JSON.parse(process.argv[2]);
const state = { step: 'require', done: [] };

async function main() {
  const resolved = require.resolve('losant-org-client');
  // Proves the installed tarball is what runs, not the repo's own dist/ via some other path.
  assert.ok(
    resolved.split(path.sep).join('/').endsWith('/node_modules/losant-org-client/dist/index.js'),
    `resolved to ${resolved}`
  );
  const lib = require('losant-org-client');
  // Named exports straight off require(): no `.default` trap for CommonJS users.
  assert.strictEqual(typeof lib.createClient, 'function');
  assert.strictEqual(typeof lib.isLosantError, 'function');
  assert.strictEqual(lib.default, undefined);

  if (typeof fetch === 'function') {
    // Node >= 18: the `fetch` option with the global fetch (WHATWG streams, native AbortSignal) works too.
    state.step = 'get with the fetch option set to the global fetch';
    const demo = servers[0].demo;
    const native = lib.createClient({ accessToken: demo.token, url: servers[0].url, fetch });
    const org = await native.org.get({ orgId: demo.orgId });
    assert.strictEqual(org.id, demo.orgId);
  }
  await runActions(lib, servers[0], 'callback', state);
  await runActions(lib, servers[1], 'promise', state);
  state.step = 'count';
  assert.strictEqual(state.done.length, TOTAL_CALLS * 2);
}

report(main(), state, () => ({ actions: countActions(), calls: state.done.length }));

/** Distinct style:action pairs that succeeded (26 = all 13 actions in both styles). */
function countActions() {
  const seen = {};
  state.done.forEach((entry) => { if (entry.ok) seen[`${entry.style}:${entry.action}`] = true; });
  return Object.keys(seen).length;
}
