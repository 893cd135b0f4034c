'use strict';
// Invalid params, bodies and options across all 13 actions: each is refused
// before any request, in both styles, with the exact message naming the field.
// The expected messages are written out here, not derived from the schemas,
// so a schema or message regression shows up as a failing case.
const util = require('util');
const { expect } = require('chai');
const { createClient, isLosantError } = require('../..');
const { startRecorder } = require('../helpers/recorder');

const TOKEN = 'secret-token-7f3a9c';
const ORG = '575ed6e87ae143cd83dc4aa8';
const USER = '575ed70c7ae143cd83dc4aa9';
const INVITE = '575ed71e7ae143cd83dc4aaa';
const invite = { email: 'example@example.com', role: 'view' };
const member = { userId: USER, role: 'edit' };
const organization = { name: 'My Updated Organization' };
const transfer = { destinationId: ORG, destinationType: 'user' };
const CRLF = 'example.com\r\nX-Injected: 1';

// [action, params, expected message, per-call options]
const paramCases = [
  ['delete', {}, 'orgId is required'],
  ['delete', { orgId: '' }, 'orgId must not be empty'],
  ['delete', { orgId: ORG }, 'accessToken must not contain CR or LF characters', { accessToken: `${TOKEN}\r\nX-Evil: 1` }],
  ['delete', { orgId: ORG, losantdomain: ['example.com'] }, 'losantdomain must be a string'],
  ['deviceCounts', { orgId: 575 }, 'orgId must be a string'],
  ['deviceCounts', { orgId: ORG, start: {} }, 'start must be a string, number or boolean'],
  ['deviceCounts', { orgId: ORG, end: NaN }, 'end must be a finite number'],
  ['deviceCounts', { orgId: ORG, start: '0' }, 'acceptVersion must not contain CR or LF characters', { acceptVersion: '^1.25.0\nX: 1' }],
  ['get', { orgId: null }, 'orgId is required'],
  ['get', { orgId: [ORG] }, 'orgId must be a string'],
  ['get', { orgId: ORG, summaryExclude: ['payloadCount'] }, 'summaryExclude must be a string, number or boolean'],
  ['get', { orgId: ORG, losantdomain: 42 }, 'losantdomain must be a string'],
  ['get', { orgId: ORG, losantdomain: CRLF }, 'losantdomain must not contain CR or LF characters'],
  ['get', ORG, 'params must be an object'],
  ['get', [ORG], 'params must be an object'],
  ['inviteMember', { invite }, 'orgId is required'],
  ['inviteMember', { orgId: ORG }, 'invite is required'],
  ['inviteMember', { orgId: ORG, invite, losantdomain: 'example.com\n' }, 'losantdomain must not contain CR or LF characters'],
  ['modifyMember', { orgId: true, member }, 'orgId must be a string'],
  ['modifyMember', { orgId: ORG }, 'member is required'],
  ['modifyMember', { orgId: ORG, member, summaryInclude: { memberCount: 1 } }, 'summaryInclude must be a string, number or boolean'],
  ['notebookMinuteCounts', { orgId: '' }, 'orgId must not be empty'],
  ['notebookMinuteCounts', { orgId: ORG, start: Infinity }, 'start must be a finite number'],
  ['notebookMinuteCounts', { orgId: ORG, losantdomain: true }, 'losantdomain must be a string'],
  // Left out, a body is sent as `{}` (as losant-rest does): refused only where `{}` is (orgPatch accepts it).
  ['patch', { orgId: ORG, organization: 'Renamed' }, 'organization must be an object'],
  ['patch', { orgId: {}, organization }, 'orgId must be a string'],
  ['patch', { orgId: ORG, organization, _actions: 1 }, '_actions must be a boolean or a string'],
  ['payloadCounts', { orgId: undefined }, 'orgId is required'],
  ['payloadCounts', { orgId: ORG, end: () => 1465790400000 }, 'end must be a string, number or boolean'],
  ['payloadCounts', { orgId: ORG, losantdomain: 'example.com\rX: 1' }, 'losantdomain must not contain CR or LF characters'],
  ['payloadCountsBreakdown', { orgId: ORG, resolution: 5 }, 'resolution must be one of 86400000, 3600000'],
  ['payloadCountsBreakdown', { orgId: ORG, resolution: '1d' }, 'resolution must be one of 86400000, 3600000'],
  ['payloadCountsBreakdown', { orgId: ORG, resolution: TOKEN }, 'resolution must be one of 86400000, 3600000'],
  ['payloadCountsBreakdown', { orgId: ORG, resolution: [3600000] }, 'resolution must be a string, number or boolean'],
  ['payloadCountsBreakdown', { orgId: ORG, asBytes: 'yes' }, 'asBytes must be one of true, false'],
  ['payloadCountsBreakdown', { orgId: ORG, asBytes: 1 }, 'asBytes must be one of true, false'],
  ['payloadCountsBreakdown', { orgId: ORG, includeNonBillable: 'TRUE' }, 'includeNonBillable must be one of true, false'],
  ['pendingInvites', { orgId: 123 }, 'orgId must be a string'],
  ['pendingInvites', { orgId: ORG, _links: {} }, '_links must be a boolean or a string'],
  ['pendingInvites', { orgId: ORG, _embedded: [] }, '_embedded must be a boolean or a string'],
  ['removeMember', { orgId: ORG }, 'userId is required'],
  ['removeMember', { orgId: ORG, userId: '' }, 'userId must not be empty'],
  ['removeMember', { orgId: ORG, userId: 575 }, 'userId must be a string'],
  ['removeMember', { userId: USER }, 'orgId is required'],
  ['revokeInvite', { orgId: ORG }, 'inviteId is required'],
  ['revokeInvite', { orgId: ORG, inviteId: '' }, 'inviteId must not be empty'],
  ['revokeInvite', { orgId: ORG, inviteId: { id: INVITE } }, 'inviteId must be a string'],
  ['transferResources', { transfer }, 'orgId is required'],
  ['transferResources', { orgId: ORG }, 'transfer is required'],
  ['transferResources', { orgId: ORG, transfer: null }, 'transfer is required'],
];

const APP = '575ec8687ae143cd83dc4a97';
const DASH = '575ece7e7ae143cd83dc4a9c';
const ROLES = 'admin, edit, collaborate, view, none';
const RES_ROLES = 'collaborate, view, none';
const long = (n) => 'x'.repeat(n);
const ids = (n) => new Array(n).fill(APP);
// One row per invalid body: the action, with a valid orgId and the body given.
const I = (value, message) => ['inviteMember', { orgId: ORG, invite: value }, message];
const M = (value, message) => ['modifyMember', { orgId: ORG, member: value }, message];
const P = (value, message) => ['patch', { orgId: ORG, organization: value }, message];
const T = (value, message) => ['transferResources', { orgId: ORG, transfer: value }, message];

const bodyCases = [
  I({}, 'invite.email is required'),
  I({ email: 'new@example.com' }, 'invite.role is required'),
  I({ role: 'view' }, 'invite.email is required'),
  I({ email: 'new@example.com', role: 'owner' }, `invite.role must be one of ${ROLES}`),
  I({ email: 'new@example.com', role: 'Admin' }, `invite.role must be one of ${ROLES}`),
  I({ email: 'not-an-email', role: 'view' }, 'invite.email must be a valid email address'),
  I({ email: 'new@localhost', role: 'view' }, 'invite.email must be a valid email address'),
  I({ email: TOKEN, role: 'view' }, 'invite.email must be a valid email address'),
  I({ email: 42, role: 'view' }, 'invite.email must be a string'),
  I({ email: `${long(1020)}@x.io`, role: 'view' }, 'invite.email must be at most 1024 characters long'),
  I({ ...invite, applicationRoles: [{ resourceId: 'xyz', role: 'view' }] }, 'invite.applicationRoles[0].resourceId must be a 24-hex-digit id'),
  I({ ...invite, applicationRoles: [{ resourceId: `${APP}0`, role: 'view' }] }, 'invite.applicationRoles[0].resourceId must be a 24-hex-digit id'),
  I({ ...invite, dashboardRoles: [{ resourceId: DASH, role: 'admin' }] }, `invite.dashboardRoles[0].role must be one of ${RES_ROLES}`),
  I({ ...invite, applicationRoles: [{ role: 'view' }] }, 'invite.applicationRoles[0].resourceId is required'),
  I({ ...invite, dashboardRoles: [{ resourceId: DASH }] }, 'invite.dashboardRoles[0].role is required'),
  I({ ...invite, applicationRoles: [{ resourceId: APP, role: 'view' }, { resourceId: APP, role: 'view', x: 1 }] }, 'invite.applicationRoles[1].x is not an allowed key'),
  I({ ...invite, applicationRoles: 'view' }, 'invite.applicationRoles must be an array'),
  I({ ...invite, dashboardRoles: [DASH] }, 'invite.dashboardRoles[0] must be an object'),
  I({ ...invite, applicationRoles: ids(101).map((resourceId) => ({ resourceId, role: 'view' })) }, 'invite.applicationRoles must have at most 100 items'),
  I({ ...invite, disallowTransfer: 'yes' }, 'invite.disallowTransfer must be a boolean'),
  I({ ...invite, name: 'New Member' }, 'invite.name is not an allowed key'),
  I('new@example.com', 'invite must be an object'),
  I([invite], 'invite must be an object'),
  M({}, 'member.userId is required'),
  M({ role: 'edit' }, 'member.userId is required'),
  M({ userId: 'bob' }, 'member.userId must be a 24-hex-digit id'),
  M({ userId: 575 }, 'member.userId must be a string'),
  M({ userId: USER, role: 'owner' }, `member.role must be one of ${ROLES}`),
  M({ userId: USER, applicationRoles: [{ resourceId: APP, role: 'edit' }] }, `member.applicationRoles[0].role must be one of ${RES_ROLES}`),
  M({ userId: USER, dashboardRoles: [{ resourceId: DASH.slice(1), role: 'view' }] }, 'member.dashboardRoles[0].resourceId must be a 24-hex-digit id'),
  M({ userId: USER, dashboardRoles: [{ resourceId: DASH, role: 'view', scope: 'all' }] }, 'member.dashboardRoles[0].scope is not an allowed key'),
  M({ userId: USER, email: 'x@example.com' }, 'member.email is not an allowed key'),
  M(USER, 'member must be an object'),
  P({ nmae: 'Typo' }, 'organization.nmae is not an allowed key'),
  P({ id: ORG }, 'organization.id is not an allowed key'),
  P({ name: '' }, 'organization.name must not be empty'),
  P({ name: long(256) }, 'organization.name must be at most 255 characters long'),
  P({ name: 42 }, 'organization.name must be a string'),
  P({ description: long(32768) }, 'organization.description must be at most 32767 characters long'),
  P({ billingEmail: 'billing' }, 'organization.billingEmail must be a valid email address'),
  P({ iconColor: long(65) }, 'organization.iconColor must be at most 64 characters long'),
  P({ planId: long(1025) }, 'organization.planId must be at most 1024 characters long'),
  P({ cardToken: {} }, 'organization.cardToken must be a string'),
  P([], 'organization must be an object'),
  T({}, 'transfer.destinationId is required'),
  T({ destinationId: USER }, 'transfer.destinationType is required'),
  T({ destinationId: USER, destinationType: 'group' }, 'transfer.destinationType must be one of user, organization'),
  T({ destinationId: 'me', destinationType: 'user' }, 'transfer.destinationId must be a 24-hex-digit id'),
  T({ ...transfer, applicationIds: [APP, 'nope'] }, 'transfer.applicationIds[1] must be a 24-hex-digit id'),
  T({ ...transfer, dashboardIds: DASH }, 'transfer.dashboardIds must be an array'),
  T({ ...transfer, dashboardIds: [123] }, 'transfer.dashboardIds[0] must be a string'),
  T({ ...transfer, applicationIds: ids(1001) }, 'transfer.applicationIds must have at most 1000 items'),
  T({ ...transfer, strict: 'true' }, 'transfer.strict must be a boolean'),
  T({ ...transfer, devices: [APP] }, 'transfer.devices is not an allowed key'),
  T('x', 'transfer must be an object'),
];

/** Calls back-style and resolves with what the callback got, checking it is called once, on a later tick. */
function viaCallback(call) {
  return new Promise((resolve, reject) => {
    let calls = 0;
    let sync = true;
    const returned = call((...args) => {
      calls += 1;
      if (sync) reject(new Error('callback called synchronously'));
      // Wait a little for a second call, which would be a bug.
      setImmediate(() => (calls === 1 ? resolve({ args, returned }) : reject(new Error(`callback called ${calls} times`))));
    });
    sync = false;
  });
}

/** The checks every refusal must pass; shared by the two styles. */
function checkRefusal(err, message) {
  expect(isLosantError(err), String(err && err.stack)).to.equal(true);
  expect(err.type).to.equal('Validation');
  expect(err.message).to.equal(message);
  expect(err.statusCode).to.equal(undefined);
  // The field is the message's subject.
  expect(message.indexOf(`${err.field} `)).to.equal(0);
  expect(util.inspect(err) + JSON.stringify(err) + err.stack).not.to.include(TOKEN);
}

/** Runs a table of [action, params, message, options] in both styles against a recorder; no request may arrive. */
function refuseAll(title, table) {
  describe(title, () => {
    let server;
    let client;
    before(async () => {
      server = await startRecorder();
      client = createClient({ accessToken: TOKEN, url: server.url, retries: 0 });
    });
    after(() => server.close());

    table.forEach(([action, params, message, options], i) => {
      const label = `#${i + 1} ${action}: ${message}`;
      it(`${label} (promise)`, async () => {
        let failure;
        const result = await client.org[action](params, options).then(
          (value) => value,
          (err) => { failure = err; },
        );
        expect(failure, `resolved with ${JSON.stringify(result)}`).to.be.an('error');
        checkRefusal(failure, message);
        expect(server.requests).to.have.length(0);
      });
      it(`${label} (callback)`, async () => {
        const { args, returned } = await viaCallback((cb) => client.org[action](params, options, cb));
        expect(returned).to.equal(undefined);
        expect(args[0], `called back with ${JSON.stringify(args)}`).to.be.an('error');
        expect(args[1]).to.equal(undefined);
        checkRefusal(args[0], message);
        expect(server.requests).to.have.length(0);
      });
    });

    it('no request reached the server', () => {
      expect(server.requests).to.deep.equal([]);
    });
  });
}

describe('validation: invalid input is refused before any request', () => {
  const all = paramCases.concat(bodyCases);
  it(`the table has at least 60 cases (${all.length}) over all 13 actions`, () => {
    expect(all.length).to.be.at.least(60);
    const actions = new Set(all.map((c) => c[0]));
    expect([...actions].sort()).to.deep.equal(Object.keys(createClient().org).sort());
  });
  refuseAll('path, query and header params, and options', paramCases);
  refuseAll('bodies: invite, member, organization, transfer', bodyCases);
});
