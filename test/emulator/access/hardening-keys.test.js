'use strict';
// Issue #15, user data as keys: token names and values, and payload sources,
// that are Object.prototype members (`constructor`, `__proto__`, `toString`,
// …) are ordinary keys: no false duplicates, no corrupted or dropped counts.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest } = require('../../helpers/emulator-http');
const { ORG, APP, usageSeed } = require('../../helpers/emulator-fixtures');

/** Resolves { emulator } or { error }. */
function attempt(options) {
  return startEmulator(options).then((emulator) => ({ emulator }), (error) => ({ error }));
}

describe('emulator hardening: Object.prototype names as keys (#15 item 3)', () => {
  it('token names and values that are Object.prototype members are ordinary, and they authenticate', async () => {
    const names = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];
    const seed = usageSeed();
    seed.tokens = names.map((name, i) => ({ name, token: names[(i + 1) % names.length], scopes: ['all.Organization'] }));
    // Through a file too: JSON.parse keeps "__proto__" as an ordinary key.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-harden-proto-'));
    const file = path.join(dir, 'seed.json');
    fs.writeFileSync(file, JSON.stringify(seed));
    try {
      for (const source of [seed, file]) {
        const outcome = await attempt({ seed: source });
        expect(outcome.error, outcome.error && outcome.error.message).to.equal(undefined);
        const emu = outcome.emulator;
        try {
          expect(emu.tokens.map((t) => t.name)).to.deep.equal(names);
          for (const token of names) {
            const res = await rawRequest(emu.url, { path: `/orgs/${ORG}`, token });
            expect(res.status, token).to.equal(200);
          }
          expect((await rawRequest(emu.url, { path: `/orgs/${ORG}`, token: 'prototype' })).status).to.equal(401);
        } finally {
          await emu.close();
        }
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('payload sources are counted like any other source', async () => {
    const seed = usageSeed();
    const sources = ['constructor', 'hasOwnProperty', '__proto__', 'toString', APP];
    seed.orgs[0].usage.payloads = sources.map((source, i) => ({ date: '2016-06-10T09:00:00.000Z', type: 'deviceState', source, count: i + 2 }))
      .concat(sources.map((source) => ({ date: '2016-06-11T09:00:00.000Z', type: 'deviceState', source, count: 10 })));
    const local = await startEmulator({ seed, now: () => Date.parse('2016-06-12T12:00:00.000Z') });
    try {
      const expected = [['constructor', 12], ['hasOwnProperty', 13], ['__proto__', 14], ['toString', 15], [APP, 16]];
      const counts = await rawRequest(local.url, { path: `/orgs/${ORG}/payloadCounts`, token: 'usage-admin' });
      expect(counts.status).to.equal(200);
      expect(Object.keys(counts.json)).to.deep.equal(['deviceState']);
      expect(Object.entries(counts.json.deviceState)).to.deep.equal(expected);
      const org = await rawRequest(local.url, { path: `/orgs/${ORG}`, token: 'usage-admin' });
      expect(Object.entries(org.json.summary.payloadCount.deviceState)).to.deep.equal(expected);
      const client = createClient({ accessToken: 'usage-admin', url: local.url });
      const viaClient = await client.org.payloadCounts({ orgId: ORG });
      expect(Object.getOwnPropertyNames(viaClient.deviceState)).to.deep.equal(sources);
    } finally {
      await local.close();
    }
  });
});
