'use strict';
// Issue 23: the seed of API 1.30.0's resources. An OAuth token names its user (its schema has
// no owner field, so a seed without one is refused rather than shown to everybody); a saved
// state keeps a credential's secrets and a private file's bytes, which work after a restart.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { rawRequest } = require('../../helpers/emulator-http');

const copy = (v) => JSON.parse(JSON.stringify(v));

describe('emulator: the seed of the 1.30.0 resources (issue 23)', () => {
  it('refuses an OAuth token that names no user', async () => {
    for (const change of [(t) => { delete t.ownerId; }, (t) => { t.ownerType = 'organization'; }]) {
      const seed = copy(defaultSeed);
      change(seed.resources.userOauthTokens[0]);
      const outcome = await startEmulator({ seed }).then((e) => e.close().then(() => null), (err) => err);
      expect(outcome && outcome.message).to.equal('Invalid seed: resources.userOauthTokens[0].ownerId is required, with ownerType user (the user it belongs to)');
    }
  });

  it('a token with no user (an Org-only seed) cannot make an OAuth token, which would be nobody\'s', async () => {
    const emu = await startEmulator({ seed: { tokens: [{ name: 'anyone', token: 'no-user-token', scopes: ['all.User'] }], orgs: [] } });
    try {
      const client = createClient({ url: emu.url, accessToken: 'no-user-token', retries: 0 });
      const oauth = { client_id: '575ec7417ae143cd83dc4a9b', redirect_uri: 'https://app.example.com/cb', code_challenge: 'a'.repeat(43), code_challenge_method: 'S256' };
      const err = await client.userOauthTokens.post({ oauthToken: { name: 'Orphan', oauth } }).then(() => null, (e) => e);
      expect(err && [err.statusCode, err.message]).to.deep.equal([400, 'An OAuth token belongs to a user, and this access token has none']);
      expect(emu.snapshot().resources).to.not.have.property('userOauthTokens');
    } finally {
      await emu.close();
    }
  });

  it('a saved state keeps the secrets and the bytes, still unanswered and still served', async () => {
    let emu = await startEmulator();
    const { applicationId, token } = emu.demo;
    let client = createClient({ url: emu.url, accessToken: token, retries: 0 });
    const credential = await client.credentials.post({ applicationId, credential: { name: 'Db', type: 'sql', sqlConfig: { system: 'pg', host: 'db.example.com', username: 'grower', password: 'pg-secret-1' } } });
    const file = await client.privateFiles.post({ applicationId, privateFile: { name: 'saved.bin', type: 'file' } });
    await client.privateFile.upload({ applicationId, privateFileId: file.id, privateFile: Buffer.from([0, 1, 2, 255]) });
    const saved = emu.snapshot();
    await emu.close();

    emu = await startEmulator({ seed: saved });
    try {
      client = createClient({ url: emu.url, accessToken: token, retries: 0 });
      const got = await client.credential.get({ applicationId, credentialId: credential.id });
      expect(got.sqlConfig).to.deep.equal({ system: 'pg', host: 'db.example.com', username: 'grower' });
      expect(emu.snapshot().resources.credentials.filter((c) => c.id === credential.id)[0].secrets).to.deep.equal({ sqlConfig: { password: 'pg-secret-1' } });
      const { url } = await client.privateFile.get({ applicationId, privateFileId: file.id });
      const res = await rawRequest(emu.url, { path: url.slice(emu.url.length) });
      expect([res.status, res.headers['content-length'], res.text.slice(0, 3)]).to.deep.equal([200, '4', '\u0000\u0001\u0002']);
      expect(emu.snapshot()).to.deep.equal(saved);
    } finally {
      await emu.close();
    }
  });
});
