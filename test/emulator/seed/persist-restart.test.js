'use strict';
// Issue 22, defects 13 and 5 (with `data`): a save interrupted between creating its
// temporary file and renaming it (a crash, a kill -9) left the temporary file behind, holding
// the whole state, tokens included, for good; and a deleted user's API tokens came back
// with the next start. Leftover temporary files of the data file are removed at start, and
// what a deletion revokes stays revoked across a restart.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');

describe('emulator: a restart with data keeps nothing that should be gone (issue 22)', () => {
  let dir;
  let file;
  let emu;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-restart-'));
    file = path.join(dir, 'state.json');
  });
  afterEach(async () => {
    if (emu) await emu.close();
    emu = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('removes the temporary files an interrupted save left, and nothing else (defect 13)', async () => {
    emu = await startEmulator({ data: file });
    await emu.close();
    const leftover = `.state.json.${'ab12'.repeat(8)}.tmp`;
    const others = ['.state.json.notes.tmp', `.other.json.${'cd34'.repeat(8)}.tmp`, 'state.json.bak', `.state.json.${'ef56'.repeat(8)}.tmp.keep`];
    fs.writeFileSync(path.join(dir, leftover), fs.readFileSync(file));
    for (const name of others) fs.writeFileSync(path.join(dir, name), 'not ours');
    // A link named like a leftover is not one of ours either: it is left, and so is what it points to.
    const target = path.join(dir, 'target.txt');
    fs.writeFileSync(target, 'kept');
    const link = `.state.json.${'0a1b'.repeat(8)}.tmp`;
    fs.symlinkSync(target, path.join(dir, link));

    emu = await startEmulator({ data: file });
    expect(fs.readdirSync(dir).sort()).to.deep.equal(['state.json', 'target.txt', link, ...others].sort());
    expect(fs.readFileSync(target, 'utf8')).to.equal('kept');
  });

  it('a user\'s API tokens deleted with her, and a deleted device\'s token, stay refused after a restart (defect 5)', async () => {
    emu = await startEmulator({ data: file });
    const { applicationId, deviceId, memberToken } = emu.demo;
    const member = createClient({ url: emu.url, accessToken: memberToken });
    const own = await member.userApiTokens.post({ apiToken: { name: 'mine', scope: ['all.User'] } });
    await member.me.delete({ credentials: { email: 'example@example.com', password: 'this would be your password' } });
    await createClient({ url: emu.url, accessToken: emu.demo.token }).device.delete({ applicationId, deviceId });
    await emu.close();
    expect(fs.readFileSync(file, 'utf8')).to.not.include(own.token);

    emu = await startEmulator({ data: file });
    for (const token of [own.token, memberToken, 'emu-device-token']) {
      const err = await createClient({ url: emu.url, accessToken: token }).me.get({}).catch((e) => e);
      expect(err.statusCode, token).to.equal(401);
    }
  });
});
