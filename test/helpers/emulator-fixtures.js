'use strict';
// Shared fixtures for the emulator tests: the demo seed's ids, valid params
// for each action, and a small seed with usage on fixed dates (so count
// tests do not depend on today's date).

const ORG = '575ed6e87ae143cd83dc4aa8';
const SCRATCH = '575ed6e87ae143cd83dc4ab0';
/** The organization the instance examples name; Ada manages it through the instances, as no member. */
const PARTNER = '575ec8687ae143cd83dc4a97';
const USER = '575ed70c7ae143cd83dc4aa9';
const ADMIN = '575ed70c7ae143cd83dc4aa1';
/** The seed's second admin of the Demo and Scratch organizations (the member the docs' examples name). */
const OTTO = '575ef90f7ae143cd83dc4aad';
const INVITE = '575ed71e7ae143cd83dc4aaa';
const APP = '575ec8687ae143cd83dc4a97';
const DASH = '575ece7e7ae143cd83dc4a9c';
const TOKENS = { admin: 'emu-admin-token', readonly: 'emu-readonly-token', getOnly: 'emu-get-only-token' };

/** Params that succeed for each action against a fresh default seed (one call each). */
function validParams() {
  return {
    delete: { orgId: SCRATCH },
    deviceCounts: { orgId: ORG },
    get: { orgId: ORG },
    inviteMember: { orgId: ORG, invite: { email: 'new.member@example.com', role: 'view' } },
    modifyMember: { orgId: ORG, member: { userId: USER, role: 'collaborate' } },
    notebookMinuteCounts: { orgId: ORG },
    patch: { orgId: ORG, organization: { name: 'Renamed' } },
    payloadCounts: { orgId: ORG },
    payloadCountsBreakdown: { orgId: ORG },
    pendingInvites: { orgId: ORG },
    removeMember: { orgId: ORG, userId: USER },
    revokeInvite: { orgId: ORG, inviteId: INVITE },
    transferResources: { orgId: ORG, transfer: { destinationId: SCRATCH, destinationType: 'organization', applicationIds: [APP] } },
  };
}

const T = (iso) => Date.parse(iso);

/** One org with usage on 2016-06-10 .. 2016-06-12 (UTC), 9 devices now. */
function usageSeed() {
  return {
    tokens: [{ name: 'admin', token: 'usage-admin', scopes: ['all.Organization'] }],
    orgs: [{
      id: ORG,
      name: 'Usage Org',
      members: [{ userId: ADMIN, email: 'ada@example.com', role: 'admin' }],
      summary: { deviceCount: 9 },
      usage: {
        devices: [
          { date: '2016-06-10T08:00:00.000Z', created: 3, deleted: 0 },
          { date: '2016-06-11T08:00:00.000Z', created: 2, deleted: 1 },
          { date: '2016-06-12T08:00:00.000Z', created: 1, deleted: 0 },
        ],
        notebooks: [
          { date: '2016-06-10T10:00:00.000Z', minutes: 5, completed: 1, canceled: 0, errored: 0, timeout: 0 },
          { date: '2016-06-12T10:00:00.000Z', minutes: 7, completed: 2, canceled: 1, errored: 1, timeout: 1 },
        ],
        payloads: [
          { date: '2016-06-10T09:00:00.000Z', type: 'deviceState', source: APP, count: 100, bytes: 1000 },
          { date: '2016-06-10T09:30:00.000Z', type: 'deviceState', source: APP, count: 50, bytes: 500 },
          { date: '2016-06-10T15:00:00.000Z', type: 'mqttIn', source: 'mqtt', count: 10, bytes: 100 },
          { date: '2016-06-11T09:00:00.000Z', type: 'deviceConnect', source: APP, count: 4, bytes: 0, billable: false },
          { date: '2016-06-12T09:00:00.000Z', type: 'deviceState', source: APP, count: 20, bytes: 200 },
        ],
      },
    }],
  };
}

module.exports = { ORG, SCRATCH, PARTNER, USER, ADMIN, OTTO, INVITE, APP, DASH, TOKENS, validParams, usageSeed, T };
