'use strict';
// The emulator behind a forwarder (helpers/forwarder.js), a client of each, and a fresh
// application holding a given number of devices named `dev-00`, `dev-01`, … (so they sort
// by name in that order): the world the pagination tests page through.
const path = require('path');
const { createClient } = require('../../..');
const { startForwarder } = require('./forwarder');

const ROOT = path.join(__dirname, '..', '..', '..');
const { startEmulator, defaultSeed } = require(path.join(ROOT, 'dist', 'emulator.js'));

/** `dev-07`: names that sort in creation order. */
const deviceName = (i) => `dev-${String(i).padStart(2, '0')}`;
/** The names `dev-<from>` to `dev-<to - 1>`. */
const range = (from, to) => Array.from({ length: to - from }, (_, i) => deviceName(from + i));
const names = (items) => items.map((d) => d.name);
const devicesPath = (applicationId) => `/applications/${applicationId}/devices`;

async function startWorld(options) {
  const emu = await startEmulator(options);
  const forwarder = await startForwarder(emu.url);
  const token = emu.demo.token;
  return {
    emu,
    forwarder,
    /** Talks to the emulator directly (to set up and change the world). */
    admin: createClient({ url: emu.url, accessToken: token }),
    /** Talks through the forwarder (whose requests the tests count, slow down or act between). */
    client: createClient({ url: forwarder.url, accessToken: token }),
    /** The requests the forwarder saw whose path starts with `prefix`. */
    requestsTo(prefix) {
      return forwarder.requests.filter((r) => r.url.split('?')[0].startsWith(prefix));
    },
    reset() {
      emu.reset();
      forwarder.requests.length = 0;
      forwarder.set({ delay: 0, before: null });
    },
    async close() {
      await forwarder.close();
      await emu.close();
    },
  };
}

/**
 * One world for the suite that calls this (in a `describe`), started before its tests,
 * reset before each and closed after them: the object returned is filled in by `before`.
 */
function useWorld(options) {
  const world = {};
  before(async () => { Object.assign(world, await startWorld(options)); });
  after(() => world.close());
  beforeEach(() => world.reset());
  return world;
}

/** A new application with `count` devices; resolves { applicationId, devices } (devices in name order). */
async function appWithDevices(admin, count) {
  const app = await admin.applications.post({ application: { name: `Paging ${count}` } });
  const devices = [];
  for (let i = 0; i < count; i++) {
    devices.push(await admin.devices.post({ applicationId: app.id, device: { name: deviceName(i), deviceClass: 'standalone' } }));
  }
  return { applicationId: app.id, devices };
}

/** The default seed with `count` more instance sandboxes (emails `box-00@…` and on, which sort first). */
function seedWithSandboxes(count) {
  const seed = JSON.parse(JSON.stringify(defaultSeed));
  const model = seed.resources.instanceSandboxes[0];
  for (let i = 0; i < count; i++) {
    const id = `5f0000000000000000000${String(i).padStart(3, '0')}`;
    seed.resources.instanceSandboxes.push(Object.assign({}, model, { id, instanceSandboxId: id, email: `box-${String(i).padStart(2, '0')}@example.com` }));
  }
  // `seededEmail`: the seed's own sandbox on that instance, listed after the `box-` ones.
  return { seed, instanceId: model.instanceId, seededEmail: model.email };
}

module.exports = { startWorld, useWorld, appWithDevices, deviceName, range, names, devicesPath, seedWithSandboxes };
