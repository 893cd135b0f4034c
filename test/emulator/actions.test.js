'use strict';
// The client's success paths and state transitions against the emulator over
// real HTTP. Every successful answer is checked against its response schema.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator } = require('../../dist/emulator.js');
const { expectConforms, RESPONSE_SCHEMA } = require('../helpers/emulator-schemas');
const { ORG, SCRATCH, USER, ADMIN, OTTO, INVITE, APP, DASH, TOKENS, validParams } = require('../helpers/emulator-fixtures');

describe('emulator: actions and state', () => {
  let emu;
  let client;
  before(async () => {
    emu = await startEmulator();
    client = createClient({ accessToken: TOKENS.admin, url: emu.url });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  /** A client call whose answer must conform to the action's response schema. */
  async function call(name, params) {
    const result = await client.org[name](params);
    expectConforms(RESPONSE_SCHEMA[name], result);
    return result;
  }

  async function failure(name, params) {
    const err = await client.org[name](params).then(() => null, (e) => e);
    expect(err, `${name} should fail`).to.be.an('error');
    return err;
  }

  it('answers every action with a schema-conforming body, in both styles', async () => {
    const params = validParams();
    for (const name of Object.keys(params)) {
      emu.reset();
      const result = await new Promise((resolve, reject) => {
        const returned = client.org[name](params[name], (err, body) => (err ? reject(err) : resolve(body)));
        expect(returned).to.equal(undefined);
      });
      expectConforms(RESPONSE_SCHEMA[name], result);
      emu.reset();
      await call(name, params[name]);
    }
  });

  it('get: the seed organization with its computed summary', async () => {
    const org = await call('get', { orgId: ORG });
    expect(org.id).to.equal(ORG);
    expect(org.orgId).to.equal(ORG);
    expect(org.name).to.equal('Demo Org');
    expect(org.members).to.have.length(5);
    expect(org.summary).to.include({ memberCount: 5, pendingInviteCount: 1, appCount: 2, dashCount: 3, deviceCount: 12 });
    expect(org.summary.payloadCount.deviceState[APP]).to.be.above(0);
    expect(org).to.not.have.any.keys('invites', 'usage', 'applications', 'dashboards');
  });

  it('get: honours summaryInclude, summaryExclude and accepts losantdomain', async () => {
    const only = await call('get', { orgId: ORG, summaryInclude: 'memberCount,appCount' });
    expect(Object.keys(only.summary).sort()).to.deep.equal(['appCount', 'memberCount']);
    const without = await call('get', { orgId: ORG, summaryExclude: 'payloadCount', losantdomain: 'example.com' });
    expect(without.summary).to.not.have.property('payloadCount');
    expect(without.summary).to.have.property('memberCount', 5);
  });

  it('unknown organization → 404 NotFound', async () => {
    const err = await failure('get', { orgId: '575ed6e87ae143cd83dc4a00' });
    expect(err.statusCode).to.equal(404);
    expect(err.type).to.equal('NotFound');
  });

  it('patch: updates fields and moves lastUpdated forward', async () => {
    const before = await call('get', { orgId: ORG });
    const first = await call('patch', { orgId: ORG, organization: { name: 'Renamed', description: 'new words', cardToken: 'tok_secret' } });
    const second = await call('patch', { orgId: ORG, organization: { iconColor: '#000000' } });
    expect(first).to.include({ name: 'Renamed', description: 'new words' });
    expect(first).to.not.have.property('cardToken');
    expect(Date.parse(first.lastUpdated)).to.be.above(Date.parse(before.lastUpdated));
    expect(Date.parse(second.lastUpdated)).to.be.above(Date.parse(first.lastUpdated));
    expect(await call('get', { orgId: ORG })).to.include({ name: 'Renamed', iconColor: '#000000' });
  });

  it('delete: removes the organization; later calls get 404', async () => {
    expect(await call('delete', { orgId: SCRATCH })).to.deep.equal({ success: true });
    expect((await failure('get', { orgId: SCRATCH })).statusCode).to.equal(404);
    expect((await failure('delete', { orgId: SCRATCH })).statusCode).to.equal(404);
    expect((await call('get', { orgId: ORG })).name).to.equal('Demo Org');
  });

  it('inviteMember adds a pending invite that pendingInvites shows; revokeInvite removes it', async () => {
    const invites = await call('inviteMember', { orgId: ORG, invite: { email: 'new@example.com', role: 'edit', disallowTransfer: true } });
    expect(invites.map((i) => i.email)).to.deep.equal(['pat@example.com', 'new@example.com']);
    const created = invites[1];
    expect(created.id).to.match(/^[0-9a-f]{24}$/);
    expect(created).to.include({ role: 'edit', hasExpired: false, disallowTransfer: true, ttl: 604800000 });
    expect(await call('pendingInvites', { orgId: ORG })).to.deep.equal(invites);
    expect((await call('get', { orgId: ORG })).summary.pendingInviteCount).to.equal(2);
    const left = await call('revokeInvite', { orgId: ORG, inviteId: created.id });
    expect(left.map((i) => i.id)).to.deep.equal([INVITE]);
    expect((await failure('revokeInvite', { orgId: ORG, inviteId: created.id })).statusCode).to.equal(404);
  });

  it('inviteMember refuses a second invite or an existing member (400)', async () => {
    const again = await failure('inviteMember', { orgId: ORG, invite: { email: 'PAT@example.com', role: 'view' } });
    expect(again.statusCode).to.equal(400);
    expect(again.message).to.match(/already has a pending invite/);
    const member = await failure('inviteMember', { orgId: ORG, invite: { email: 'email@example.com', role: 'view' } });
    expect(member.message).to.match(/already a member/);
    expect(await call('pendingInvites', { orgId: ORG })).to.have.length(1);
  });

  it('modifyMember changes a member\'s role and resource roles', async () => {
    const roles = [{ resourceId: DASH, role: 'collaborate' }];
    const org = await call('modifyMember', { orgId: ORG, member: { userId: USER, role: 'view', dashboardRoles: roles } });
    const member = org.members.filter((m) => m.userId === USER)[0];
    expect(member.role).to.equal('view');
    expect(member.dashboardRoles).to.deep.equal(roles);
    expect((await call('get', { orgId: ORG })).members.filter((m) => m.userId === USER)[0].role).to.equal('view');
  });

  it('modifyMember and removeMember: unknown member → 404; the last admin stays (400)', async () => {
    const ghost = '575ed70c7ae143cd83dc4a00';
    expect((await failure('modifyMember', { orgId: ORG, member: { userId: ghost, role: 'view' } })).statusCode).to.equal(404);
    expect((await failure('removeMember', { orgId: ORG, userId: ghost })).statusCode).to.equal(404);
    // The seed's second admin steps down: Ada is the last one.
    await call('modifyMember', { orgId: ORG, member: { userId: OTTO, role: 'edit' } });
    const demote = await failure('modifyMember', { orgId: ORG, member: { userId: ADMIN, role: 'edit' } });
    expect(demote.statusCode).to.equal(400);
    expect((await failure('removeMember', { orgId: ORG, userId: ADMIN })).statusCode).to.equal(400);
    // With a second admin, the first may go.
    await call('modifyMember', { orgId: ORG, member: { userId: USER, role: 'admin' } });
    const org = await call('removeMember', { orgId: ORG, userId: ADMIN });
    expect(org.members.map((m) => m.userId)).to.not.include(ADMIN);
  });

  it('removeMember removes the member', async () => {
    const org = await call('removeMember', { orgId: ORG, userId: USER });
    expect(org.members.map((m) => m.userId)).to.not.include(USER);
    expect(org.summary.memberCount).to.equal(4);
    expect((await call('get', { orgId: ORG })).members).to.have.length(4);
  });

  it('transferResources moves applications to another organization', async () => {
    const transfer = { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP], dashboardIds: [DASH] };
    expect(await call('transferResources', { orgId: ORG, transfer })).to.deep.equal({ success: true });
    expect((await call('get', { orgId: ORG })).summary).to.include({ appCount: 1, dashCount: 2 });
    expect((await call('get', { orgId: SCRATCH })).summary).to.include({ appCount: 1, dashCount: 1 });
    const snapshot = emu.snapshot();
    expect(snapshot.orgs[1].applications.map((a) => a.id)).to.deep.equal([APP]);
  });

  it('transferResources to a member removes the resources from the organization', async () => {
    await call('transferResources', { orgId: ORG, transfer: { destinationId: USER, destinationType: 'user', dashboardIds: [DASH] } });
    expect((await call('get', { orgId: ORG })).summary.dashCount).to.equal(2);
  });

  it('transferResources to the organization itself (the docs\' example) succeeds and changes nothing', async () => {
    const before = JSON.stringify(emu.snapshot());
    const transfer = { destinationId: ORG, destinationType: 'organization', applicationIds: [APP], dashboardIds: [DASH] };
    expect(await call('transferResources', { orgId: ORG, transfer })).to.deep.equal({ success: true });
    expect(JSON.stringify(emu.snapshot())).to.equal(before);
    // Still checked as any transfer: strict, an id it does not own fails.
    const err = await failure('transferResources', { orgId: ORG, transfer: { ...transfer, applicationIds: [APP, '575ed6e87ae143cd83dc4a00'], strict: true } });
    expect(err.statusCode).to.equal(400);
  });

  it('transferResources checks its destination and, when strict, its resources', async () => {
    const nowhere = '575ed6e87ae143cd83dc4a00';
    const cases = [
      { destinationId: nowhere, destinationType: 'organization', applicationIds: [APP] },
      { destinationId: nowhere, destinationType: 'user', applicationIds: [APP] },
      { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP, nowhere], strict: true },
    ];
    for (const transfer of cases) {
      const err = await failure('transferResources', { orgId: ORG, transfer });
      expect(err.statusCode, JSON.stringify(transfer)).to.equal(400);
      expect(err.type).to.equal('Validation');
    }
    expect((await call('get', { orgId: ORG })).summary.appCount).to.equal(2);
    // Not strict: the unknown id is skipped and the rest moves.
    await call('transferResources', { orgId: ORG, transfer: { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP, nowhere] } });
    expect((await call('get', { orgId: ORG })).summary.appCount).to.equal(1);
  });
});
