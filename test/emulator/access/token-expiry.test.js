'use strict';
// Review finding 5: an API token past its expirationDate kept working until some unrelated
// write rebuilt the emulator's token ring. Expiry is checked on every request now, on the
// emulator's clock (the `now` option), so a test can move time and see the token refused.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { call } = require('../../helpers/emulator-calls');

const MINUTE = 60000;

describe('emulator: an API token stops working at its expirationDate (review finding 5)', () => {
  let emu;
  let now;
  before(async () => {
    now = Date.parse('2026-03-01T12:00:00.000Z');
    emu = await startEmulator({ now: () => now });
  });
  after(() => emu.close());
  beforeEach(() => {
    now = Date.parse('2026-03-01T12:00:00.000Z');
    emu.reset();
  });

  for (const style of ['callback', 'promise']) {
    it(`refuses application and user API tokens once the clock passes their expirationDate, with no write between (${style})`, async () => {
      const admin = createClient({ url: emu.url, accessToken: emu.demo.token });
      const { applicationId, orgId } = emu.demo;
      const expirationDate = new Date(now + MINUTE).toISOString();
      const appToken = await call(admin.applicationApiTokens.post, { applicationId, apiToken: { name: 'short', scope: ['all.Application'], expirationDate } }, style);
      const userToken = await call(admin.userApiTokens.post, { apiToken: { name: 'short', scope: ['all.User'], expirationDate } }, style);
      const lasting = await call(admin.userApiTokens.post, { apiToken: { name: 'lasting', scope: ['all.User'] } }, style);
      const asApp = createClient({ url: emu.url, accessToken: appToken.token });
      const asUser = createClient({ url: emu.url, accessToken: userToken.token });
      const asLasting = createClient({ url: emu.url, accessToken: lasting.token });

      now += MINUTE - 1;
      expect((await call(asApp.application.get, { applicationId }, style)).id).to.equal(applicationId);
      expect((await call(asUser.org.get, { orgId }, style)).id).to.equal(orgId);

      // Only the clock moves: the emulator sees no write from here on.
      const before = JSON.stringify(emu.snapshot());
      now += 1;
      for (const [label, attempt] of [
        ['application API token', call(asApp.application.get, { applicationId }, style)],
        ['user API token', call(asUser.org.get, { orgId }, style)],
      ]) {
        const err = await attempt.then(() => null, (e) => e);
        expect(err, label).to.be.an('error');
        expect(err.statusCode, label).to.equal(401);
        expect(err.type, label).to.equal('Unauthorized');
      }
      expect((await call(asLasting.org.get, { orgId }, style)).id).to.equal(orgId);
      expect((await call(admin.application.get, { applicationId }, style)).id).to.equal(applicationId);
      expect(JSON.stringify(emu.snapshot())).to.equal(before);
    });
  }

  it('an instance API token too, and it stays refused after a write', async () => {
    const admin = createClient({ url: emu.url, accessToken: emu.demo.token });
    const { instanceId, applicationId } = emu.demo;
    const expirationDate = new Date(now + MINUTE).toISOString();
    const created = await admin.instanceApiTokens.post({ instanceId, apiToken: { name: 'short', scope: ['all.Instance'], expirationDate } });
    const asInstance = createClient({ url: emu.url, accessToken: created.token });
    expect((await asInstance.instance.get({ instanceId })).id).to.equal(instanceId);
    now += 2 * MINUTE;
    expect((await asInstance.instance.get({ instanceId }).catch((e) => e)).statusCode).to.equal(401);
    await admin.devices.post({ applicationId, device: { name: 'A write', deviceClass: 'standalone', attributes: [] } });
    expect((await asInstance.instance.get({ instanceId }).catch((e) => e)).statusCode).to.equal(401);
  });
});
