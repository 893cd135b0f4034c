'use strict';
// Issue 22, defect 6: a device's token acts on its own device only, and dies with it. It
// listed every device of its application, sent commands to all of them and read their
// composite state; and after its device was deleted it still listed devices and sent
// commands. Also the test gap "an application key's blacklist device filter ignored".
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');

const OTHER_DEVICE = '575ecf887ae143cd83dc4aa3';

describe('emulator: a device token acts on its own device only (issue 22)', () => {
  let emu;
  let admin;
  let ids;
  const as = (token) => createClient({ url: emu.url, accessToken: token });
  const statusOf = (promise) => promise.then(() => 'ok', (err) => err.statusCode);

  before(async () => {
    emu = await startEmulator();
    ids = emu.demo;
  });
  after(() => emu.close());
  beforeEach(() => {
    emu.reset();
    admin = as(ids.token);
  });

  async function deviceLogin(deviceId = ids.deviceId) {
    const answer = await as(undefined).auth.authenticateDevice({ credentials: { deviceId, key: ids.key, secret: ids.secret } });
    return as(answer.token);
  }

  it('the other device is in the same application (the premise of these tests)', async () => {
    const other = await admin.device.get({ applicationId: ids.applicationId, deviceId: OTHER_DEVICE });
    expect(other.applicationId).to.equal(ids.applicationId);
  });

  for (const [label, make] of [['a device login', () => deviceLogin()], ['the seed\'s device token', () => as('emu-device-token')]]) {
    describe(label, () => {
      it('lists, commands and reads the composite state of its own device only', async () => {
        const device = await make();
        const { applicationId, deviceId } = ids;
        const listed = await device.devices.get({ applicationId });
        expect(listed.items.map((d) => d.id)).to.deep.equal([deviceId]);
        expect(listed.totalCount).to.equal(1);
        const composite = await device.devices.getCompositeState({ applicationId });
        expect(composite.items.map((d) => d.id)).to.deep.equal([deviceId]);
        const commandsBefore = await admin.device.getCommand({ applicationId, deviceId: OTHER_DEVICE, limit: 100 });
        await device.devices.sendCommand({ applicationId, multiDeviceCommand: { name: 'reboot', deviceIds: [deviceId, OTHER_DEVICE] } });
        await device.devices.sendCommand({ applicationId, multiDeviceCommand: { name: 'rebootAll' } });
        expect(await admin.device.getCommand({ applicationId, deviceId: OTHER_DEVICE, limit: 100 })).to.deep.equal(commandsBefore);
        const own = await admin.device.getCommand({ applicationId, deviceId, limit: 2 });
        expect(own.map((c) => c.name).sort()).to.deep.equal(['reboot', 'rebootAll']);
        expect(await statusOf(device.device.getCompositeState({ applicationId, deviceId: OTHER_DEVICE }))).to.equal(403);
        expect(await statusOf(device.device.sendCommand({ applicationId, deviceId: OTHER_DEVICE, deviceCommand: { name: 'x' } }))).to.equal(403);
      });

      it('answers 401 once its device is deleted', async () => {
        const device = await make();
        const { applicationId, deviceId } = ids;
        expect((await device.device.get({ applicationId, deviceId })).id).to.equal(deviceId);
        await admin.device.delete({ applicationId, deviceId });
        for (const [name, attempt] of [
          ['devices.get', device.devices.get({ applicationId })],
          ['devices.sendCommand', device.devices.sendCommand({ applicationId, multiDeviceCommand: { name: 'x' } })],
          ['device.sendState', device.device.sendState({ applicationId, deviceId, deviceState: { data: { temperature: 1 } } })],
        ]) {
          const err = await attempt.catch((e) => e);
          expect(err.statusCode, name).to.equal(401);
        }
        expect(await admin.device.getCommand({ applicationId, deviceId: OTHER_DEVICE, limit: 100 })).to.not.deep.include({ name: 'x' });
      });
    });
  }

  it('refuses a login with a key whose blacklist names the device, and lets others in (test gap)', async () => {
    const { applicationId, deviceId } = ids;
    const key = await admin.applicationKeys.post({ applicationId, applicationKey: { description: 'not the sensor', filterType: 'blacklist', deviceIds: [deviceId] } });
    const login = (id) => as(undefined).auth.authenticateDevice({ credentials: { deviceId: id, key: key.key, secret: key.secret } });
    const err = await login(deviceId).catch((e) => e);
    expect(err.statusCode).to.equal(401);
    expect((await login(OTHER_DEVICE)).deviceId).to.equal(OTHER_DEVICE);
  });
});
