'use strict';
// Issue 20, point 6: a membership belongs to its parent. An instance member is known by her
// user's id, so the emulator once kept one per user id: the demo user could be a member of
// one instance only. Now she is one in each instance she belongs to, each membership its own
// item, while every permission holds: an instance's token acts on that instance alone, and a
// member acts on an instance with the role she has there.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');

const ADA = '575ed70c7ae143cd83dc4aa1';
const EXAMPLE = '575ed70c7ae143cd83dc4aa9';
const NOOR = '575ed70c7ae143cd83dc4aa4';
const EMULATED = '575ec7417ae143cd83dc4a96';
const PRODUCTION = '575ec8687ae143cd83dc4a97';
const STAGING = '575ec8687ae143cd83dc4a95';
const copy = (value) => JSON.parse(JSON.stringify(value));
const statusOf = (promise) => promise.then(() => 200, (e) => e.statusCode);

describe('emulator: a user is a member of several instances (issue 20)', () => {
  let emu;
  let ada;
  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());
  beforeEach(() => {
    emu.reset();
    ada = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
  });

  it('the default seed makes Ada an admin of the three instances the docs name, each its own membership', async () => {
    expect((await ada.instances.get({})).items.map((i) => i.id)).to.deep.equal([EMULATED, PRODUCTION, STAGING]);
    for (const instanceId of [EMULATED, PRODUCTION, STAGING]) {
      expect(await ada.instanceMember.get({ instanceId, userId: ADA }), instanceId).to.include({ instanceId, userId: ADA, role: 'admin' });
    }
    const example = createClient({ url: emu.url, accessToken: emu.demo.memberToken, retries: 0 });
    expect((await example.instances.get({})).items.map((i) => i.id)).to.deep.equal([EMULATED]);
    expect(await statusOf(example.instance.get({ instanceId: PRODUCTION }))).to.equal(404);
  });

  it('one membership changes or goes without touching the others', async () => {
    await ada.instanceMember.patch({ instanceId: STAGING, userId: ADA, member: { role: 'view' } });
    expect((await ada.instanceMember.get({ instanceId: EMULATED, userId: ADA })).role).to.equal('admin');
    // A view member of Staging may read it, not change it; she is still admin of the others.
    expect(await statusOf(ada.instance.patch({ instanceId: STAGING, instance: { reportConfigs: [] } }))).to.equal(403);
    expect(await statusOf(ada.instance.patch({ instanceId: PRODUCTION, instance: { reportConfigs: [] } }))).to.equal(200);
    await ada.instanceMember.delete({ instanceId: PRODUCTION, userId: ADA });
    expect(await statusOf(ada.instanceMember.get({ instanceId: PRODUCTION, userId: ADA }))).to.equal(404);
    expect((await ada.instanceMembers.get({ instanceId: EMULATED })).items.map((m) => m.userId)).to.include(ADA);
    expect((await ada.instances.get({})).items.map((i) => i.id)).to.deep.equal([EMULATED, STAGING]);
  });

  it('a user joins another instance as a new membership; twice in one instance is refused', async () => {
    const added = await ada.instanceMembers.post({ instanceId: PRODUCTION, member: { userId: EXAMPLE, role: 'admin' } });
    expect(added).to.include({ instanceId: PRODUCTION, userId: EXAMPLE, role: 'admin' });
    expect((await ada.instanceMember.get({ instanceId: EMULATED, userId: EXAMPLE })).role).to.equal('view');
    expect(await statusOf(ada.instanceMembers.post({ instanceId: PRODUCTION, member: { userId: EXAMPLE, role: 'view' } }))).to.equal(400);
  });

  it("an instance's token acts on its own instance only, though its maker administers several", async () => {
    const seeded = createClient({ url: emu.url, accessToken: 'emu-instance-token', retries: 0 });
    expect((await seeded.instance.get({ instanceId: EMULATED })).id).to.equal(EMULATED);
    expect(await statusOf(seeded.instance.get({ instanceId: PRODUCTION }))).to.equal(403);
    const minted = await ada.instanceApiTokens.post({ instanceId: EMULATED, apiToken: { name: 'automation', scope: ['all.Instance'] } });
    const bot = createClient({ url: emu.url, accessToken: minted.token, retries: 0 });
    expect((await bot.instanceMembers.get({ instanceId: EMULATED })).count).to.equal(2);
    for (const instanceId of [PRODUCTION, STAGING]) {
      expect(await statusOf(bot.instanceMembers.get({ instanceId })), instanceId).to.equal(403);
      expect(await statusOf(bot.instanceMembers.post({ instanceId, member: { userId: NOOR, role: 'admin' } })), instanceId).to.equal(403);
      expect(await statusOf(bot.instanceOrgs.get({ instanceId })), instanceId).to.equal(403);
    }
  });

  it('the memberships survive a snapshot and a restart from it', async () => {
    await ada.instanceMembers.post({ instanceId: STAGING, member: { userId: EXAMPLE, role: 'view' } });
    const again = await startEmulator({ seed: emu.snapshot() });
    try {
      const client = createClient({ url: again.url, accessToken: emu.demo.token, retries: 0 });
      for (const instanceId of [EMULATED, STAGING]) {
        expect((await client.instanceMember.get({ instanceId, userId: EXAMPLE })).role, instanceId).to.equal('view');
      }
      expect((await client.instanceMembers.get({ instanceId: PRODUCTION })).items.map((m) => m.userId)).to.not.include(EXAMPLE);
    } finally {
      await again.close();
    }
  });

  it('a seed may name a user in several instances, once in each', async () => {
    const twice = copy(defaultSeed);
    twice.resources.instanceMembers.push({ instanceId: STAGING, userId: EXAMPLE, role: 'view' });
    const ok = await startEmulator({ seed: twice });
    await ok.close();
    twice.resources.instanceMembers.push({ instanceId: STAGING, userId: EXAMPLE, role: 'admin' });
    const err = await startEmulator({ seed: twice }).then((e) => e.close(), (e) => e);
    expect(err.message).to.match(/^Invalid seed: resources\.instanceMembers\[\d+\]\.userId repeats an id of resources\.instanceMembers$/);
  });
});
