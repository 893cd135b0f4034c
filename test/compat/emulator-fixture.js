/*
 * The `losant-org-client/emulator` subpath on this Node: it resolves by name,
 * starts, answers the client (keep-alive connection and all), and close()
 * releases everything so the process exits by itself. Plain `assert`, ES2017.
 *
 * Usage: node emulator-fixture.js
 * Prints one JSON line: {"ok":true,…} or {"ok":false,"step":…,"error":…}.
 */
'use strict';
const assert = require('assert');
const { report } = require('./actions-script');

const state = { step: "require('losant-org-client/emulator')" };

async function main() {
  const { startEmulator } = require('losant-org-client/emulator');
  const { createClient } = require('losant-org-client');
  assert.strictEqual(typeof startEmulator, 'function');
  state.step = 'startEmulator({ port: 0 })';
  const emulator = await startEmulator({ port: 0 });
  try {
    state.step = 'get';
    const client = createClient({ accessToken: emulator.demo.token, url: emulator.url });
    const org = await client.org.get({ orgId: emulator.demo.orgId });
    assert.strictEqual(org.id, emulator.demo.orgId);
  } finally {
    state.step = 'close()';
    await emulator.close();
  }
}

report(main(), state);
