'use strict';
// `data`: state is loaded from the file when it exists and saved after every
// change, through a temporary file renamed over the target, so a failed write
// leaves the previous file whole.
const fs = require('fs');
const os = require('os');
const path = require('path');
const sinon = require('sinon');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { ORG, USER, TOKENS, usageSeed } = require('../../helpers/emulator-fixtures');

describe('emulator: persistence (data)', () => {
  let dir;
  let file;
  let emu;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-data-'));
    file = path.join(dir, 'state.json');
  });
  afterEach(async () => {
    sinon.restore();
    if (emu) await emu.close();
    emu = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const read = () => JSON.parse(fs.readFileSync(file, 'utf8'));
  const leftovers = () => fs.readdirSync(dir).filter((name) => name !== 'state.json');

  it('writes the seed to a new data file at start, with absolute dates', async () => {
    emu = await startEmulator({ data: file });
    const stored = read();
    expect(stored.orgs.map((o) => o.id)).to.deep.equal(emu.orgIds);
    const entries = stored.orgs[0].usage.devices;
    expect(entries.length).to.be.above(0);
    entries.forEach((e) => {
      expect(e).to.not.have.property('day');
      expect(Date.parse(e.date)).to.not.be.NaN;
    });
  });

  it('saves every change and loads it again on the next start (instead of the seed)', async () => {
    emu = await startEmulator({ data: file });
    const client = createClient({ accessToken: TOKENS.admin, url: emu.url });
    await client.org.inviteMember({ orgId: ORG, invite: { email: 'kept@example.com', role: 'view' } });
    expect(read().orgs[0].invites.map((i) => i.email)).to.deep.equal(['pat@example.com', 'kept@example.com']);
    await client.org.removeMember({ orgId: ORG, userId: USER });
    expect(read().orgs[0].members.map((m) => m.userId)).to.not.include(USER);
    await emu.close();

    emu = await startEmulator({ data: file, seed: usageSeed() });
    const again = createClient({ accessToken: TOKENS.admin, url: emu.url });
    expect((await again.org.pendingInvites({ orgId: ORG })).map((i) => i.email)).to.include('kept@example.com');
    expect((await again.org.get({ orgId: ORG })).members.map((m) => m.userId)).to.not.include(USER);
    expect(leftovers()).to.deep.equal([]);
  });

  it('reads do not rewrite the file', async () => {
    emu = await startEmulator({ data: file });
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, before.replace('"Demo Org"', '"Marker"'));
    const client = createClient({ accessToken: TOKENS.readonly, url: emu.url });
    await client.org.get({ orgId: ORG });
    await client.org.deviceCounts({ orgId: ORG });
    expect(read().orgs[0].name).to.equal('Marker');
  });

  it('refuses a corrupt data file and leaves it untouched', async () => {
    fs.writeFileSync(file, '{"tokens": [');
    const err = await startEmulator({ data: file }).then((e) => { emu = e; return null; }, (e) => e);
    expect(err.message).to.match(/data file .* is not valid JSON/);
    expect(fs.readFileSync(file, 'utf8')).to.equal('{"tokens": [');
  });

  it('a failed write answers 500, keeps the previous file whole and leaves no temp file', async () => {
    emu = await startEmulator({ data: file });
    const before = fs.readFileSync(file, 'utf8');
    sinon.stub(fs, 'renameSync').throws(Object.assign(new Error('EIO: simulated'), { code: 'EIO' }));
    const client = createClient({ accessToken: TOKENS.admin, url: emu.url });
    const err = await client.org.patch({ orgId: ORG, organization: { name: 'Lost' } }).then(() => null, (e) => e);
    expect(err.statusCode).to.equal(500);
    expect(err.type).to.equal('InternalError');
    expect(fs.readFileSync(file, 'utf8')).to.equal(before);
    expect(leftovers()).to.deep.equal([]);
    // The write that could not be saved did not happen in memory either.
    expect((await client.org.get({ orgId: ORG })).name).to.equal(JSON.parse(before).orgs[0].name);
    sinon.restore();
    // Still serving, and the next write lands.
    await client.org.patch({ orgId: ORG, organization: { name: 'Saved' } });
    expect(read().orgs[0].name).to.equal('Saved');
  });
});
