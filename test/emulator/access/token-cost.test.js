'use strict';
// Issue 22, defect 12: every login slowed every later write. After each write the emulator
// rebuilt its token ring with a SHA-256 of every token it knew, so PATCH throughput fell
// from 1,546/s to 72/s after 3,000 logins, and the logins themselves grew quadratically.
// Speed is measured in bench/, not timed here: what is checked is the work itself, as the
// number of SHA-256 digests a request costs, which must not grow with the tokens known.
const crypto = require('crypto');
const sinon = require('sinon');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');

const LOGINS = 300;

describe('emulator: a request costs the same however many tokens were issued (issue 22, defect 12)', () => {
  let emu;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());
  afterEach(() => sinon.restore());

  /** How many SHA-256 digests `work` computed (in this process, where the emulator runs). */
  async function digestsDuring(work) {
    const spy = sinon.spy(crypto, 'createHash');
    try {
      await work();
      return spy.getCalls().filter((c) => String(c.args[0]).toLowerCase() === 'sha256').length;
    } finally {
      spy.restore();
    }
  }

  it(`hashes no more for a write or a login after ${LOGINS} logins than after none, and every token still works`, async () => {
    emu.reset();
    const { applicationId, deviceId, email, password } = emu.demo;
    const admin = createClient({ url: emu.url, accessToken: emu.demo.token });
    const anyone = createClient({ url: emu.url });
    const write = (i) => admin.device.patch({ applicationId, deviceId, device: { description: `write ${i}` } });
    const login = () => anyone.auth.authenticateUser({ credentials: { email, password } });

    const writeBefore = await digestsDuring(() => write(0));
    const loginBefore = await digestsDuring(login);
    const tokens = [];
    for (let i = 0; i < LOGINS; i++) tokens.push((await login()).token);
    const writeAfter = await digestsDuring(() => write(1));
    const loginAfter = await digestsDuring(login);

    expect(writeAfter, 'digests for one PATCH').to.be.at.most(writeBefore);
    expect(loginAfter, 'digests for one login').to.be.at.most(loginBefore);
    expect(writeAfter).to.be.at.most(2);
    for (const token of [tokens[0], tokens[LOGINS - 1]]) {
      const me = await createClient({ url: emu.url, accessToken: token }).me.get({});
      expect(me.email).to.equal(email);
    }
  });
});
