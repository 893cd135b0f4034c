'use strict';
// Issue 23: OAuth tokens bound to their user, the caller's own invitations (`/me/invites`),
// and a device's attributes, which the device and its composite state follow; through the
// client in both styles, on the real wire.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { call, expectDocumented } = require('../../helpers/emulator-calls');

const PARTNER_ORG = '575ec8687ae143cd83dc4a97';
const OAUTH = { client_id: '575ec7417ae143cd83dc4a9b', redirect_uri: 'https://app.example.com/cb', code_challenge: 'a'.repeat(43), code_challenge_method: 'S256' };

describe('emulator: OAuth tokens, own invitations and device attributes (issue 23)', () => {
  let emu;
  let ada;
  let member;
  before(async () => {
    emu = await startEmulator();
    ada = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
    member = createClient({ url: emu.url, accessToken: emu.demo.memberToken, retries: 0 });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  async function ok(c, resource, action, params, style) {
    const result = await call(c[resource][action], params, style);
    expectDocumented(resource, action, result);
    return result;
  }
  const status = (promise) => promise.then(() => 200, (err) => err.statusCode);

  for (const style of ['callback', 'promise']) {
    it(`an OAuth token is its user's alone: others neither list, read, change nor delete it (${style})`, async () => {
      const mine = await ok(member, 'userOauthTokens', 'post', { oauthToken: { name: 'My reports', oauth: OAUTH } }, style);
      expect((await ok(member, 'userOauthTokens', 'get', {}, style)).items.map((t) => t.id)).to.deep.equal([mine.id]);
      const adas = (await ok(ada, 'userOauthTokens', 'get', {}, style)).items.map((t) => t.id);
      expect(adas).to.deep.equal([emu.demo.oauthTokenId]);
      for (const [c, id] of [[ada, mine.id], [member, emu.demo.oauthTokenId]]) {
        expect(await status(c.userOauthToken.get({ oauthTokenId: id })), 'get').to.equal(404);
        expect(await status(c.userOauthToken.patch({ oauthTokenId: id, oauthToken: { name: 'Taken' } })), 'patch').to.equal(404);
        expect(await status(c.userOauthToken.delete({ oauthTokenId: id })), 'delete').to.equal(404);
      }
      await ok(member, 'userOauthToken', 'delete', { oauthTokenId: mine.id }, style);
      expect((await ok(member, 'userOauthTokens', 'get', {}, style)).items).to.deep.equal([]);
      expect(JSON.stringify(await ok(ada, 'userOauthToken', 'get', { oauthTokenId: emu.demo.oauthTokenId }, style))).to.not.include('ownerId');
    });

    it(`the caller's invitations are those addressed to her; accepting one makes her a member (${style})`, async () => {
      const inviteId = emu.demo.myInviteId;
      expect((await ok(ada, 'me', 'invites', {}, style)).map((i) => [i.id, i.orgName, i.role])).to.deep.equal([[inviteId, 'Partner Org', 'edit']]);
      expect(await ok(member, 'me', 'invites', {}, style)).to.deep.equal([]);
      expect(await status(member.me.invite({ inviteId })), 'another user\'s invite').to.equal(404);
      expect(await status(ada.me.invite({ inviteId: emu.demo.inviteId })), 'an invite to someone else').to.equal(404);
      expect(await status(ada.org.get({ orgId: PARTNER_ORG })), 'before').to.equal(404);
      expect(await ok(ada, 'me', 'respondToInvite', { inviteId, response: { action: 'accept' } }, style)).to.deep.equal({ result: 'accepted', orgId: PARTNER_ORG });
      const org = await ok(ada, 'org', 'get', { orgId: PARTNER_ORG }, style);
      expect(org.members.filter((m) => m.userId === emu.demo.userId || m.email === 'email@example.com').map((m) => m.role)).to.deep.equal(['edit']);
      expect(await status(ada.me.invite({ inviteId })), 'answered').to.equal(404);
    });

    it(`rejecting an invitation drops it and joins nothing (${style})`, async () => {
      const inviteId = emu.demo.myInviteId;
      expect(await ok(ada, 'me', 'respondToInvite', { inviteId, response: { action: 'reject' } }, style)).to.deep.equal({ result: 'rejected', orgId: PARTNER_ORG });
      expect(await ok(ada, 'me', 'invites', {}, style)).to.deep.equal([]);
      expect(await status(ada.org.get({ orgId: PARTNER_ORG }))).to.equal(404);
    });

    it(`a device's attributes: the device and its composite state follow them (${style})`, async () => {
      const dev = { applicationId: emu.demo.applicationId, deviceId: emu.demo.deviceId };
      const names = async () => (await ok(ada, 'device', 'get', dev, style)).attributes.map((a) => a.name);
      expect(await names()).to.deep.equal(['temperature', 'humidity', 'soilMoisture', 'voltage']);
      const made = await ok(ada, 'deviceAttributes', 'post', { ...dev, deviceAttribute: { name: 'lux', dataType: 'number', description: 'Light' } }, style);
      expect(made).to.include({ name: 'lux', applicationId: dev.applicationId, deviceId: dev.deviceId });
      expect(await names()).to.deep.equal(['temperature', 'humidity', 'soilMoisture', 'voltage', 'lux']);
      expect(await status(ada.deviceAttributes.post({ ...dev, deviceAttribute: { name: 'lux', dataType: 'string' } })), 'a name twice').to.equal(400);

      const patched = await ok(ada, 'deviceAttribute', 'patch', { ...dev, name: 'lux', deviceAttribute: { description: 'Light level', attributeTags: { unit: 'lx' } } }, style);
      expect(patched).to.include({ name: 'lux', dataType: 'number', description: 'Light level' });
      const device = await ok(ada, 'device', 'get', dev, style);
      expect(device.attributes.filter((a) => a.name === 'lux')[0].attributeTags).to.deep.equal({ unit: 'lx' });
      const listed = await ok(ada, 'deviceAttributes', 'get', { ...dev, filterField: 'name', filter: '*u*', sortField: 'name', sortDirection: 'desc' }, style);
      expect(listed.items.map((a) => a.name)).to.deep.equal(['temperature', 'soilMoisture', 'lux', 'humidity']);

      await ok(ada, 'device', 'sendState', { ...dev, deviceState: { data: { lux: 310, temperature: 22 } } }, style);
      expect(Object.keys(await ok(ada, 'device', 'getCompositeState', dev, style))).to.include.members(['lux', 'temperature']);
      await ok(ada, 'deviceAttribute', 'delete', { ...dev, name: 'temperature' }, style);
      expect(await names()).to.deep.equal(['humidity', 'soilMoisture', 'voltage', 'lux']);
      expect(Object.keys(await ok(ada, 'device', 'getCompositeState', dev, style))).to.not.include('temperature');
      expect(await status(ada.deviceAttribute.get({ ...dev, name: 'temperature' }))).to.equal(404);
    });
  }

  it('a device attribute of a device the caller cannot see is not found; a read-only token cannot add one', async () => {
    const dev = { applicationId: emu.demo.applicationId, deviceId: emu.demo.deviceId };
    const reader = createClient({ url: emu.url, accessToken: emu.demo.readToken, retries: 0 });
    expect((await reader.deviceAttribute.get({ ...dev, name: 'voltage' })).dataType).to.equal('number');
    expect(await status(reader.deviceAttributes.post({ ...dev, deviceAttribute: { name: 'x', dataType: 'number' } }))).to.equal(403);
    expect(await status(ada.deviceAttribute.get({ applicationId: '575ec8687ae143cd83dc4a98', deviceId: dev.deviceId, name: 'voltage' }))).to.equal(404);
  });
});
