'use strict';
// Issue 22, defect 2: the fields the API shows only once (an application key's `secret`)
// were invisible to `filterField` and `sortField` but not to the advanced
// `query`, which ran against the stored document: a `view` member recovered a key's secret
// character by character from `totalCount`, then authenticated as the device.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');

const NOOR = '575ed70c7ae143cd83dc4aa4';
const VIEWER_TOKEN = 'emu-noor-viewer-token';

function viewerSeed() {
  const seed = JSON.parse(JSON.stringify(defaultSeed));
  seed.orgs[0].members.push({ userId: NOOR, email: 'noor@example.com', role: 'view', applicationRoles: [], dashboardRoles: [] });
  seed.tokens.push({ name: 'viewer', token: VIEWER_TOKEN, scopes: ['all.User'], userId: NOOR });
  return seed;
}

describe('emulator: hidden fields are invisible to the advanced query (issue 22, defect 2)', () => {
  let emu;
  before(async () => { emu = await startEmulator({ seed: viewerSeed() }); });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  for (const [who, token] of [['a view member', VIEWER_TOKEN], ['an admin', 'emu-admin-token']]) {
    it(`${who} cannot match an application key's secret, whatever the operator`, async () => {
      const client = createClient({ url: emu.url, accessToken: token });
      const { applicationId, secret } = emu.demo;
      const count = async (query) => (await client.applicationKeys.get({ applicationId, query })).totalCount;
      const keys = await count({}); // the default seed's keys: the demo key and the docs' example key
      expect(keys).to.be.at.least(1);
      expect(await count({ description: 'The greenhouse sensors' }), 'a visible field still matches').to.equal(1);
      for (const query of [{ secret: { $startsWith: secret.charAt(0) } }, { secret }, { $or: [{ secret: { $contains: secret.slice(2, 6) } }] }]) {
        expect(await count(query), JSON.stringify(query)).to.equal(0);
      }
      // The secret is absent, as from every answer: a condition an absent field meets matches every key, whatever the secret.
      for (const condition of [{ $ne: secret }, { $ne: 'not the secret' }, { $eq: null }]) {
        expect(await count({ secret: condition }), JSON.stringify(condition)).to.equal(keys);
      }
    });
  }
});
