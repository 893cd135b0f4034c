'use strict';
// What every client sends and what the server answers, in one place, so that
// all clients make byte-for-byte the same requests and get the same answers.

const ORG_ID = '575ed6e87ae143cd83dc4aa8';
const TOKEN = 'bench-token-not-a-secret';
const ACCEPT_VERSION = '^1.25.0';
// What the Losant clients add to every action; the others send it by hand.
const QUERY = '_actions=false&_links=true&_embedded=true';
const PATH = `/orgs/${ORG_ID}`;

/** The headers every client sends (Content-Type is added for PATCH). */
const HEADERS = {
  Accept: 'application/json',
  'Accept-Version': ACCEPT_VERSION,
  Authorization: `Bearer ${TOKEN}`,
};

/** A realistic Organization document, about 1.5 KB once serialized. */
const ORG = {
  id: ORG_ID,
  orgId: ORG_ID,
  creationDate: '2016-06-13T04:00:00.000Z',
  lastUpdated: '2016-06-13T04:00:00.000Z',
  name: 'Bench Organization',
  description: 'An organization served by the benchmark loopback server',
  members: [
    {
      userId: '575ed70c7ae143cd83dc4aa9', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com',
      role: 'admin', applicationRoles: [], dashboardRoles: [], twoFactorAuthEnabled: true, ssoLinked: false,
    },
    {
      userId: '575ed70c7ae143cd83dc4aaa', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com',
      role: 'edit', applicationRoles: [{ resourceId: '575ec8687ae143cd83dc4a97', role: 'view' }],
      dashboardRoles: [], twoFactorAuthEnabled: false, ssoLinked: false,
    },
  ],
  limits: {
    apitoken: 100, application: 50, dashboard: 100, datatable: 20, device: 10000, devicerecipe: 100,
    file: 1000, flow: 500, webhook: 100, dataTTL: 2592000, member: 25, payload: 10000000,
  },
  summary: {
    apiTokenCount: 3, appCount: 7, dashCount: 12, dataTableCount: 2, deviceCount: 1820, deviceRecipeCount: 4,
    fileCount: 31, flowCount: 58, keyCount: 9, memberCount: 2, webhookCount: 5,
    payloadCount: { deviceState: { mqtt: 1250000, rest: 82000 } },
  },
  planId: 'enterprise-2024',
  billingEmail: 'billing@example.com',
  subscriptionStatus: 'active',
  currentPeriodStart: '2024-01-01T00:00:00.000Z',
  currentPeriodEnd: '2024-02-01T00:00:00.000Z',
  isEnterprise: true,
  iconColor: '#1f77b4',
  whitelistedEmailDomains: ['example.com', 'example.org'],
  disabledAt: false,
  isReadOnly: false,
};

/** A valid Organization Patch body of exactly 300 bytes once serialized. */
function makePatch() {
  const base = { name: 'Renamed Bench Organization', description: '' };
  const padding = 300 - JSON.stringify(base).length;
  return { name: base.name, description: 'x'.repeat(padding) };
}
const PATCH = makePatch();

module.exports = { ORG_ID, TOKEN, ACCEPT_VERSION, QUERY, PATH, HEADERS, ORG, PATCH };
