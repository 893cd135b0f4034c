/**
 * The demo seed: one organization with several members, a pending invite
 * and a week of usage, a second (small) organization as a transfer
 * destination, a third that the instances' admins manage, the tokens, and
 * the IoT world of default-world.ts (users, applications, devices with
 * recent state, dashboards, a data table with rows, …). Ids are the API
 * documentation's example ids where it has them. docs/emulator.md describes
 * this document: keep the two in step.
 */
import { deviceCommands, deviceStates, resources, users } from './default-world';
import type { Seed, SeedPayloads } from '../types';

const DEMO_ORG = '575ed6e87ae143cd83dc4aa8';
const SCRATCH_ORG = '575ed6e87ae143cd83dc4ab0';
const PARTNER_ORG = '575ec8687ae143cd83dc4a97';
const ADMIN_USER = '575ed70c7ae143cd83dc4aa1';
// The member the docs' member examples name: a second admin, so the demo user may leave (me.delete).
const OTTO = { userId: '575ef90f7ae143cd83dc4aad', firstName: 'Otto', lastName: 'Owner', email: 'otto@example.com', role: 'admin' as const, applicationRoles: [], dashboardRoles: [] };
const GREENHOUSE_APP = '575ec8687ae143cd83dc4a97';
const FLEET_APP = '575ec8687ae143cd83dc4a98';

/** Daily payload totals for the last seven days, spread over two hours so hourly buckets show something. */
function payloadWeek(): SeedPayloads[] {
  const daily = [310, 295, 342, 288, 401, 367, 120];
  const entries: SeedPayloads[] = [];
  daily.forEach((count, i) => {
    const day = i - 6;
    entries.push({ day, hour: 9, type: 'deviceState', source: GREENHOUSE_APP, count, bytes: count * 48 });
    entries.push({ day, hour: 15, type: 'mqttIn', source: FLEET_APP, count: Math.round(count / 3), bytes: count * 20 });
    // Connection events are free on the platform: they only count with includeNonBillable.
    entries.push({ day, hour: 15, type: 'deviceConnect', source: FLEET_APP, count: 4, bytes: 0, billable: false });
  });
  return entries;
}

const seed: Seed = {
  tokens: [
    { name: 'admin', token: 'emu-admin-token', scopes: ['all.User'], userId: ADMIN_USER },
    { name: 'readonly', token: 'emu-readonly-token', scopes: ['all.User.read'], userId: ADMIN_USER },
    { name: 'getOnly', token: 'emu-get-only-token', scopes: ['org.get'], userId: ADMIN_USER },
    { name: 'member', token: 'emu-member-token', scopes: ['all.User'], userId: '575ed70c7ae143cd83dc4aa9' },
    { name: 'device', token: 'emu-device-token', scopes: ['all.Device'], applicationId: GREENHOUSE_APP, deviceId: '575ecf887ae143cd83dc4aa2' },
  ],
  users,
  orgs: [
    {
      id: DEMO_ORG,
      name: 'Demo Org',
      description: 'A greenhouse and a delivery fleet, emulated',
      creationDate: '2016-06-13T04:00:00.000Z',
      lastUpdated: '2016-06-13T04:00:00.000Z',
      members: [
        { userId: ADMIN_USER, firstName: 'Ada', lastName: 'Admin', email: 'email@example.com', role: 'admin', applicationRoles: [], dashboardRoles: [], twoFactorAuthEnabled: true, ssoLinked: false },
        { userId: '575ed70c7ae143cd83dc4aa9', firstName: 'Example', lastName: 'Name', email: 'example@example.com', role: 'edit', applicationRoles: [], dashboardRoles: [], twoFactorAuthEnabled: false, ssoLinked: false },
        { userId: '575ed70c7ae143cd83dc4aa2', firstName: 'Cole', lastName: 'Lab', email: 'cole@example.com', role: 'collaborate', applicationRoles: [{ resourceId: GREENHOUSE_APP, role: 'collaborate' }], dashboardRoles: [], twoFactorAuthEnabled: false, ssoLinked: false },
        { userId: '575ed70c7ae143cd83dc4aa3', firstName: 'Vi', lastName: 'Ewer', email: 'vi@example.com', role: 'view', applicationRoles: [], dashboardRoles: [{ resourceId: '575ece7e7ae143cd83dc4a9c', role: 'view' }], twoFactorAuthEnabled: false, ssoLinked: true },
        OTTO,
      ],
      limits: { apitoken: 100, application: 10, dashboard: 50, device: 1000, flow: 100, webhook: 20, dataTTL: 2592000, member: 25, payload: 10000000, storage: 1073741824 },
      summary: { apiTokenCount: 3, deviceCount: 12, flowCount: 6, webhookCount: 1, storageStats: { count: 3, size: 20480 } },
      planId: 'sandbox',
      billingEmail: 'billing@example.com',
      subscriptionStatus: 'active',
      currentPeriodStart: '2016-06-13T04:00:00.000Z',
      currentPeriodEnd: '2016-07-13T04:00:00.000Z',
      isEnterprise: false,
      iconColor: '#2e7d32',
      whitelistedEmailDomains: ['example.com'],
      disabledAt: false,
      isReadOnly: false,
      // No inviteDate: the emulator dates it at start-up, so the demo invite is never expired.
      invites: [{ id: '575ed71e7ae143cd83dc4aaa', email: 'pat@example.com', role: 'view', applicationRoles: [], dashboardRoles: [], ttl: 604800000, disallowTransfer: false }],
      usage: {
        devices: [
          { day: -6, created: 2, deleted: 0 }, { day: -5, created: 1, deleted: 0 }, { day: -4, created: 3, deleted: 1 },
          { day: -3, created: 0, deleted: 0 }, { day: -2, created: 2, deleted: 0 }, { day: -1, created: 1, deleted: 1 },
          { day: 0, created: 1, deleted: 0 },
        ],
        notebooks: [
          { day: -5, minutes: 12, completed: 3, canceled: 0, errored: 1, timeout: 0 },
          { day: -3, minutes: 7, completed: 2, canceled: 1, errored: 0, timeout: 0 },
          { day: -1, minutes: 21, completed: 4, canceled: 0, errored: 0, timeout: 1 },
        ],
        payloads: payloadWeek(),
      },
    },
    {
      id: SCRATCH_ORG,
      name: 'Scratch Org',
      description: 'An empty organization to transfer resources to',
      creationDate: '2016-06-20T04:00:00.000Z',
      lastUpdated: '2016-06-20T04:00:00.000Z',
      members: [
        { userId: ADMIN_USER, firstName: 'Ada', lastName: 'Admin', email: 'email@example.com', role: 'admin', applicationRoles: [], dashboardRoles: [], twoFactorAuthEnabled: true, ssoLinked: false },
        OTTO,
      ],
      summary: { deviceCount: 0 },
      planId: 'sandbox',
      subscriptionStatus: 'trialing',
      isEnterprise: false,
      disabledAt: false,
      isReadOnly: false,
    },
    {
      // The organization the docs' instance examples name (under the id of their application). Ada is no
      // member: she manages it as an admin of the instances (/instances/{instanceId}/orgs/…).
      id: PARTNER_ORG,
      name: 'Partner Org',
      description: 'A partner\'s organization, managed through the instances',
      creationDate: '2016-06-20T04:00:00.000Z',
      lastUpdated: '2016-06-20T04:00:00.000Z',
      members: [
        OTTO,
        { userId: '575ec8687ae143cd83dc4a94', firstName: 'Ines', lastName: 'Instance', email: 'ines@example.com', role: 'view', applicationRoles: [], dashboardRoles: [] },
      ],
      summary: { deviceCount: 0 },
      planId: 'sandbox',
      subscriptionStatus: 'active',
      isEnterprise: true,
      disabledAt: false,
      isReadOnly: false,
      invites: [
        { id: '575ec8687ae143cd83dc4a94', email: 'river@example.com', role: 'view', applicationRoles: [], dashboardRoles: [], ttl: 604800000, disallowTransfer: false },
        // Ada's own pending invite (me.invites, me.invite and me.respondToInvite, under the docs' example id).
        { id: '575ec8687ae143cd83dc4a97', email: 'email@example.com', role: 'edit', applicationRoles: [], dashboardRoles: [], ttl: 604800000, disallowTransfer: false },
      ],
    },
  ],
  resources,
  deviceStates,
  deviceCommands,
};

/** Freezes a plain JSON value all the way down, so no caller can change the shared default. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value as object)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** The default demo seed, deep-frozen: pass it as is, or copy it (JSON round trip) to change it. */
export const defaultSeed: Seed = deepFreeze(seed);
