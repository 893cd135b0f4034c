/**
 * Checks the parts of a seed beyond the organizations: `users`, the
 * collections in `resources` (each item against its item schema, ids unique
 * per collection, parents present), `deviceStates` and `deviceCommands`, and
 * the ids tokens are tied to. Errors name the field, never a value.
 */
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { HIDDEN_FIELDS, ORG_BACKED } from '../state/model-overrides';
import { checkSchema, fail, ID, isObject, list, unique } from './seed-check-util';
import type { Json, Seen } from './seed-check-util';
import { scopeParams, splitItem } from './seed-resources';
import { itemKey } from '../state/store';

/** Per store, each item's key (store.ts itemKey: its lower-cased id, within its parents' for a membership) with its scope: what parents are looked up in. */
type Known = Map<string, Map<string, { [param: string]: string }>>;

/** A century of minutes: every moment stays a date JavaScript can print. */
const MAX_MINUTES = 100 * 366 * 24 * 60;

function checkUsers(seed: Json): Seen {
  const ids: Seen = new Map();
  const emails: Seen = new Map();
  list(seed.users, 'users').forEach((user, i) => {
    const at = `users[${i}]`;
    if (!isObject(user)) fail(at, 'must be an object');
    if (typeof user.id !== 'string' || !ID.test(user.id)) fail(`${at}.id`, 'must be a 24-hex-digit id');
    if (typeof user.email !== 'string') fail(`${at}.email`, 'is required');
    if (user.password !== undefined && !(typeof user.password === 'string' && user.password.length >= 8 && user.password.length <= 2048)) {
      fail(`${at}.password`, 'must be a string of 8 to 2048 characters');
    }
    unique(ids, user.id.toLowerCase(), `${at}.id`);
    unique(emails, user.email.toLowerCase(), `${at}.email`);
    const wire: Json = Object.create(null);
    for (const key of Object.keys(user)) if (key !== 'password') wire[key] = user[key];
    checkSchema('me', wire, at);
  });
  return ids;
}

function pairFor(name: string): Pair {
  const pair = model().pairs.get(name);
  if (!pair) fail(`resources.${name}`, 'is not a collection of the API (keys are list resource names: applications, devices, dataTableRows, …)');
  if (ORG_BACKED.indexOf(name) !== -1) fail(`resources.${name}`, 'cannot be seeded here: organizations, their members and invites go in orgs');
  return pair;
}

/** First pass: every item's key, unique per store (an id once, a membership once per parent), with its scope. */
function collect(resources: Json): Known {
  const known: Known = new Map();
  for (const name of Object.keys(resources)) {
    const pair = pairFor(name);
    const seen = known.get(pair.store) || new Map<string, { [param: string]: string }>();
    known.set(pair.store, seen);
    list(resources[name], `resources.${name}`).forEach((raw, i) => {
      const at = `resources.${name}[${i}]`;
      if (!isObject(raw)) fail(at, 'must be an object');
      const id = raw[pair.identity];
      if (typeof id !== 'string' || !id) fail(`${at}.${pair.identity}`, 'is required (a non-empty string)');
      // An owner kept hidden (an OAuth token's user) is the only one it has: without it, nobody's would be everybody's.
      const owned = (HIDDEN_FIELDS[pair.store] || []).indexOf('ownerId') !== -1;
      if (owned && (typeof raw.ownerId !== 'string' || raw.ownerType !== 'user')) fail(`${at}.ownerId`, 'is required, with ownerType user (the user it belongs to)');
      const scope = splitItem(pair, raw).scope;
      if (seen.has(itemKey(pair, scope, id))) fail(`${at}.${pair.identity}`, `repeats an id of resources.${name}`);
      seen.set(itemKey(pair, scope, id), scope);
    });
  }
  return known;
}

/** The parent a scope parameter names must exist (in `orgs` for an organization), itself in the same scope. */
function checkParent(pair: Pair, raw: Json, at: string, known: Known, orgIds: Seen): void {
  for (const param of scopeParams(pair.store)) {
    const value = raw[param];
    const required = pair.scope.indexOf(param) !== -1;
    if (value === undefined && !required) continue;
    if (typeof value !== 'string' || !value) fail(`${at}.${param}`, 'is required (the id of the parent)');
    let parent = pair.parent;
    while (parent && parent.idParam !== param) parent = parent.parent;
    if (!parent) parent = Array.from(model().pairs.values()).filter((p) => p.idParam === param && !p.parent)[0];
    if (!parent) continue;
    if (ORG_BACKED.indexOf(parent.name) !== -1) {
      if (!orgIds.has(value.toLowerCase())) fail(`${at}.${param}`, 'names no organization of the seed');
      continue;
    }
    const scope = (known.get(parent.store) || new Map()).get(itemKey(parent, raw, value));
    if (!scope || parent.scope.some((p) => String(scope[p]).toLowerCase() !== String(raw[p]).toLowerCase())) {
      fail(`${at}.${param}`, `names no item of resources.${parent.name}${parent.scope.length ? ' in the same scope' : ''}`);
    }
  }
}

function checkResources(seed: Json, orgIds: Seen): Known {
  if (seed.resources === undefined) return new Map();
  if (!isObject(seed.resources)) fail('resources', 'must be an object');
  const resources = seed.resources;
  const known = collect(resources);
  for (const name of Object.keys(resources)) {
    const pair = pairFor(name);
    (resources[name] as Json[]).forEach((raw, i) => {
      const at = `resources.${name}[${i}]`;
      checkParent(pair, raw, at, known, orgIds);
      const doc = splitItem(pair, raw).doc;
      // The emulator's own fields (secrets, a readme, a flow's storage) are not the item schema's to check.
      for (const hidden of HIDDEN_FIELDS[pair.store] || []) delete doc[hidden];
      checkSchema(pair.itemSchema, doc, at);
    });
  }
  return known;
}

function checkMoments(seed: Json, field: 'deviceStates' | 'deviceCommands', known: Known): void {
  const devices = known.get('devices') || new Map();
  list(seed[field], field).forEach((entry, i) => {
    const at = `${field}[${i}]`;
    if (!isObject(entry)) fail(at, 'must be an object');
    if (typeof entry.deviceId !== 'string' || !devices.has(entry.deviceId.toLowerCase())) fail(`${at}.deviceId`, 'names no item of resources.devices');
    if ((entry.minutesAgo === undefined) === (entry.date === undefined)) fail(at, 'needs exactly one of minutesAgo (minutes before the start) or date (ISO date-time)');
    if (entry.minutesAgo !== undefined && !(typeof entry.minutesAgo === 'number' && entry.minutesAgo >= 0 && entry.minutesAgo <= MAX_MINUTES)) {
      fail(`${at}.minutesAgo`, `must be a number from 0 to ${MAX_MINUTES}`);
    }
    if (entry.date !== undefined && (typeof entry.date !== 'string' || isNaN(Date.parse(entry.date)))) fail(`${at}.date`, 'must be an ISO date-time');
    if (field === 'deviceStates') checkSchema('deviceState', { data: entry.data }, at);
    else checkSchema('deviceCommand', entry.payload === undefined ? { name: entry.name } : { name: entry.name, payload: entry.payload }, at);
  });
}

/**
 * An organization listing what it owns in the Org-only format
 * (`orgs[].applications`) must not contradict the owner the document in
 * `resources` names: a resource has one owner.
 */
function checkListedOwners(seed: Json): void {
  const resources = isObject(seed.resources) ? seed.resources : {};
  (seed.orgs as Json[]).forEach((org, i) => {
    for (const kind of ['applications', 'dashboards']) {
      list(org[kind], `orgs[${i}].${kind}`).forEach((listed, j) => {
        const id = String((listed as Json).id).toLowerCase();
        list(resources[kind], `resources.${kind}`).forEach((doc, k) => {
          const d = doc as Json;
          if (String(d.id).toLowerCase() !== id || d.ownerId === undefined) return;
          if (d.ownerType !== 'organization' || String(d.ownerId).toLowerCase() !== String(org.id).toLowerCase()) {
            fail(`orgs[${i}].${kind}[${j}].id`, `is owned by another owner in resources.${kind}[${k}]`);
          }
        });
      });
    }
  });
}

export function checkWorld(seed: Json, orgIds: Seen): void {
  const users = checkUsers(seed);
  const known = checkResources(seed, orgIds);
  checkListedOwners(seed);
  checkMoments(seed, 'deviceStates', known);
  checkMoments(seed, 'deviceCommands', known);
  (seed.tokens as Json[]).forEach((token, i) => {
    if (typeof token.userId === 'string' && !users.has(token.userId.toLowerCase())) fail(`tokens[${i}].userId`, 'names no user of the seed');
    const bound: Array<[string, string]> = [['applicationId', 'applications'], ['deviceId', 'devices']];
    for (const [field, store] of bound) {
      if (typeof token[field] === 'string' && !(known.get(store) || new Map()).has((token[field] as string).toLowerCase())) {
        fail(`tokens[${i}].${field}`, `names no item of resources.${store}`);
      }
    }
  });
}
