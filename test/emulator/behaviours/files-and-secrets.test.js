'use strict';
// Issue 23: private files and credentials, through the client in both styles and over raw
// HTTP. A private file is created pending, completed by its multipart upload, whose bytes
// come back at its signed download url (no token), until the url expires or is tampered
// with; a credential's secrets are kept but never answered, not even to its create.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { call, expectDocumented } = require('../../helpers/emulator-calls');
const { rawRequest } = require('../../helpers/emulator-http');

const START = Date.parse('2026-03-01T12:00:00.000Z');

describe('emulator: private files and credentials (issue 23)', () => {
  let emu;
  let now;
  let client;
  before(async () => {
    now = START;
    emu = await startEmulator({ now: () => now });
    client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
  });
  after(() => emu.close());
  beforeEach(() => {
    now = START;
    emu.reset();
  });

  async function ok(resource, action, params, style) {
    const result = await call(client[resource][action], params, style);
    expectDocumented(resource, action, result);
    return result;
  }
  /** GET of a download url over raw HTTP, with no token. */
  const download = (url) => rawRequest(emu.url, { path: url.slice(emu.url.length) });

  for (const style of ['callback', 'promise']) {
    it(`a private file: created pending, uploaded, downloaded at its url, moved (${style})`, async () => {
      const applicationId = emu.demo.applicationId;
      const made = await ok('privateFiles', 'post', { applicationId, privateFile: { name: 'notes.txt', type: 'file' } }, style);
      expect(made.status).to.equal('pending');
      expect(made.upload.url).to.equal(`${emu.url}/applications/${applicationId}/privateFiles/${made.id}/upload`);
      expect(made.url, 'no url before an upload').to.equal(undefined);

      const bytes = Buffer.from(`line one\nline two ${style}\n`);
      const uploaded = await ok('privateFile', 'upload', { applicationId, privateFileId: made.id, privateFile: bytes }, style);
      expect(uploaded).to.include({ status: 'completed', fileSize: bytes.length });
      const got = await ok('privateFile', 'get', { applicationId, privateFileId: made.id }, style);
      expect(got.url).to.match(new RegExp(`^${emu.url}/private-files/${applicationId}/${made.id}\\?expires=${START + 900000}&signature=[0-9a-f]{64}$`));
      const res = await download(got.url);
      expect([res.status, res.text]).to.deep.equal([200, bytes.toString()]);
      expect(JSON.stringify(await ok('privateFiles', 'get', { applicationId }, style))).to.not.include(bytes.toString('base64'));

      const moved = await ok('privateFile', 'move', { applicationId, privateFileId: made.id, name: 'kept.txt', parentDirectory: 'archive/2026' }, style);
      expect([moved.name, moved.parentDirectory]).to.deep.equal(['kept.txt', '/archive/2026/']);
      const inside = await ok('privateFiles', 'get', { applicationId, directory: '/archive/2026/' }, style);
      expect(inside.items.map((f) => f.id)).to.deep.equal([made.id]);
      expect((await download(moved.url)).text).to.equal(bytes.toString());
      expect((await ok('privateFile', 'get', { applicationId, privateFileId: made.id, urlTTL: '0' }, style)).url).to.equal(undefined);
    });
  }

  it('a download url is refused once expired or when its signature is changed', async () => {
    const { applicationId, privateFileId } = emu.demo;
    const got = await client.privateFile.get({ applicationId, privateFileId, urlTTL: '60' });
    expect((await download(got.url)).text).to.equal('zone,offset\nnorth,0.4\nsouth,-0.2\n');
    const forged = got.url.replace(/signature=([0-9a-f])/, (m, c) => `signature=${c === '0' ? '1' : '0'}`);
    expect((await download(forged)).status).to.equal(403);
    expect((await download(got.url.replace(privateFileId, emu.demo.credentialId.replace(/.$/, '0')))).status).to.equal(403);
    now += 60001;
    expect((await download(got.url)).status).to.equal(403);
    await client.privateFile.delete({ applicationId, privateFileId });
    now = START;
    expect((await download(got.url)).status).to.equal(404);
  });

  for (const style of ['callback', 'promise']) {
    it(`a credential's secrets are kept and never answered, not even to the create (${style})`, async () => {
      const applicationId = emu.demo.applicationId;
      const secretAccessKey = `very-secret-${style}`;
      const credential = { name: 'Bucket', type: 'aws', awsConfig: { accessKeyId: 'AKIAEXAMPLEKEY0001', secretAccessKey, region: 'us-east-1' } };
      const made = await ok('credentials', 'post', { applicationId, credential }, style);
      expect(made.awsConfig).to.deep.equal({ accessKeyId: 'AKIAEXAMPLEKEY0001', region: 'us-east-1' });
      const credentialId = made.id;
      const answers = [made,
        await ok('credential', 'get', { applicationId, credentialId }, style),
        await ok('credentials', 'get', { applicationId }, style),
        await ok('credential', 'patch', { applicationId, credentialId, credential: { awsConfig: { accessKeyId: 'AKIAEXAMPLEKEY0002', region: 'eu-west-1' } } }, style),
        await ok('credentials', 'get', { applicationId, filterField: 'name', filter: 'very*' }, style)];
      for (const answer of answers) expect(JSON.stringify(answer)).to.not.include(secretAccessKey);
      expect(answers[4].items).to.deep.equal([]);
      const raw = await rawRequest(emu.url, { path: `/applications/${applicationId}/credentials/${credentialId}`, token: emu.demo.token });
      expect(raw.text).to.not.include('secret');
      // Kept: a patch that does not name the secret leaves it, and the state (saved with --state) holds it.
      const kept = emu.snapshot().resources.credentials.filter((c) => c.id === credentialId)[0];
      expect(kept.awsConfig).to.deep.equal({ accessKeyId: 'AKIAEXAMPLEKEY0002', region: 'eu-west-1' });
      expect(kept.secrets).to.deep.equal({ awsConfig: { secretAccessKey } });
    });
  }
});
