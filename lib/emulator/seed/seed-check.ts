/**
 * Checks a seed document before the emulator trusts it, with the same schema
 * validators the client uses for what the API returns, so that every answer
 * built from a seed conforms to its response schema. Throws an Error naming
 * the first bad field (`Invalid seed: orgs[0].members[1].role must be one of …`).
 * Nothing a seed holds may make the emulator fail later with a TypeError or a
 * RangeError, and no message echoes a token.
 */
import { checkWorld } from './seed-check-world';
import { checkSchema, fail, ID, isObject, list, unique } from './seed-check-util';
import type { Json, Seen } from './seed-check-util';
import type { PayloadType } from '../types';

const EXTRAS = ['invites', 'applications', 'dashboards', 'usage'];
export const PAYLOAD_TYPES: PayloadType[] = [
  'dataTable', 'deviceCommand', 'deviceConnect', 'deviceDisconnect', 'deviceState', 'endpoint', 'event',
  'flowError', 'integration', 'mqttIn', 'mqttOut', 'notebook', 'timer', 'virtualButton', 'webhook', 'resourceJob',
];

/** What a bearer token can be: the emulator reads `Bearer <token>` up to the first space, and headers carry ASCII. */
const TOKEN = /^[\x21-\x7e]+$/;
/** Relative days stay within a century of the start, so every entry is a date JavaScript can print. */
export const MAX_DAYS = 36500;

/** Ids that the platform makes unique across organizations (user ids are not: one user joins many). */
interface OwnedIds { orgs: Seen; invites: Seen; applications: Seen; dashboards: Seen }

export function checkSeed(seed: unknown): void {
  if (!isObject(seed)) fail('seed', 'must be an object');
  const names: Seen = new Map();
  const secrets: Seen = new Map();
  required(seed.tokens, 'tokens').forEach((token, i) => {
    const at = `tokens[${i}]`;
    if (!isObject(token)) fail(at, 'must be an object');
    if (typeof token.name !== 'string' || !token.name) fail(`${at}.name`, 'must be a non-empty string');
    if (typeof token.token !== 'string' || !TOKEN.test(token.token)) {
      fail(`${at}.token`, 'must be a non-empty string of visible ASCII characters (no spaces or control characters)');
    }
    if (!Array.isArray(token.scopes) || token.scopes.some((s) => typeof s !== 'string')) fail(`${at}.scopes`, 'must be an array of strings');
    for (const bound of ['userId', 'applicationId', 'deviceId']) {
      if (token[bound] !== undefined && (typeof token[bound] !== 'string' || !ID.test(token[bound] as string))) fail(`${at}.${bound}`, 'must be a 24-hex-digit id');
    }
    unique(names, token.name, `${at}.name`);
    unique(secrets, token.token, `${at}.token`);
  });
  const owned: OwnedIds = { orgs: new Map(), invites: new Map(), applications: new Map(), dashboards: new Map() };
  required(seed.orgs, 'orgs').forEach((org, i) => checkOrg(org, `orgs[${i}]`, owned));
  checkWorld(seed, owned.orgs);
}

function required(value: unknown, field: string): unknown[] {
  if (value === undefined) fail(field, 'is required (an array)');
  return list(value, field);
}

function checkOrg(org: unknown, at: string, owned: OwnedIds): void {
  if (!isObject(org)) fail(at, 'must be an object');
  if (typeof org.id !== 'string' || !ID.test(org.id)) fail(`${at}.id`, 'must be a 24-hex-digit id');
  if (typeof org.name !== 'string') fail(`${at}.name`, 'is required');
  unique(owned.orgs, org.id.toLowerCase(), `${at}.id`);
  // Without a prototype, a "__proto__" field is checked like any other instead of vanishing.
  const wire: Json = Object.create(null);
  for (const key of Object.keys(org)) if (EXTRAS.indexOf(key) === -1) wire[key] = org[key];
  checkSchema('org', wire, at);
  const userIds: Seen = new Map();
  list(org.members, `${at}.members`).forEach((m, j) => {
    const userId = (m as Json).userId;
    if (typeof userId !== 'string') fail(`${at}.members[${j}].userId`, 'is required');
    unique(userIds, userId.toLowerCase(), `${at}.members[${j}].userId`);
  });
  const invites = list(org.invites, `${at}.invites`);
  checkSchema('orgInvites', invites, `${at}.invites`);
  invites.forEach((inv, j) => {
    const invite = inv as Json;
    if (typeof invite.id !== 'string') fail(`${at}.invites[${j}].id`, 'is required');
    if (typeof invite.email !== 'string') fail(`${at}.invites[${j}].email`, 'is required');
    unique(owned.invites, invite.id.toLowerCase(), `${at}.invites[${j}].id`);
  });
  for (const kind of ['applications', 'dashboards'] as const) {
    list(org[kind], `${at}.${kind}`).forEach((r, j) => {
      const where = `${at}.${kind}[${j}]`;
      if (!isObject(r) || typeof r.id !== 'string' || !ID.test(r.id)) fail(`${where}.id`, 'must be a 24-hex-digit id');
      if (typeof r.name !== 'string') fail(`${where}.name`, 'must be a string');
      // Across organizations too: transferResources moves a resource, it never copies one.
      unique(owned[kind], r.id.toLowerCase(), `${where}.id`);
    });
  }
  if (org.usage !== undefined) checkUsage(org.usage, `${at}.usage`);
}

const COUNT_FIELDS: Record<string, string[]> = {
  devices: ['created', 'deleted'],
  notebooks: ['minutes', 'completed', 'canceled', 'errored', 'timeout'],
  payloads: ['count', 'bytes'],
};

function checkUsage(usage: unknown, at: string): void {
  if (!isObject(usage)) fail(at, 'must be an object');
  for (const kind of Object.keys(COUNT_FIELDS)) {
    list(usage[kind], `${at}.${kind}`).forEach((e, j) => {
      const where = `${at}.${kind}[${j}]`;
      if (!isObject(e)) fail(where, 'must be an object');
      checkWhen(e, where);
      for (const field of COUNT_FIELDS[kind]) {
        const n = e[field];
        if (n !== undefined && !(typeof n === 'number' && n >= 0 && Math.floor(n) === n)) fail(`${where}.${field}`, 'must be a non-negative integer');
      }
      if (kind === 'payloads') {
        if (PAYLOAD_TYPES.indexOf(e.type as PayloadType) === -1) fail(`${where}.type`, `must be one of ${PAYLOAD_TYPES.join(', ')}`);
        if (typeof e.source !== 'string' || !e.source) fail(`${where}.source`, 'must be a non-empty string');
        if (typeof e.count !== 'number') fail(`${where}.count`, 'is required');
        if (e.billable !== undefined && typeof e.billable !== 'boolean') fail(`${where}.billable`, 'must be a boolean');
        if (e.hour !== undefined && !(typeof e.hour === 'number' && e.hour >= 0 && e.hour <= 23 && Math.floor(e.hour) === e.hour)) {
          fail(`${where}.hour`, 'must be an integer from 0 to 23');
        }
      }
    });
  }
}

function checkWhen(entry: Json, where: string): void {
  const hasDay = entry.day !== undefined;
  const hasDate = entry.date !== undefined;
  if (hasDay === hasDate) fail(where, 'needs exactly one of day (days from today) or date (ISO date-time)');
  if (hasDay && !(typeof entry.day === 'number' && Math.floor(entry.day) === entry.day && Math.abs(entry.day) <= MAX_DAYS)) {
    fail(`${where}.day`, `must be an integer from -${MAX_DAYS} to ${MAX_DAYS}`);
  }
  if (hasDate && (typeof entry.date !== 'string' || isNaN(Date.parse(entry.date)))) fail(`${where}.date`, 'must be an ISO date-time');
}
