/**
 * Seed document <-> in-memory state. Loading copies the document (the caller's
 * object, or the frozen default, is never touched) and pins relative `day`
 * entries to absolute times; saving writes absolute `date`s, so a persisted
 * state means the same thing when it is loaded again on another day.
 */
import { readFileSync } from 'fs';
import type { OrganizationInvitation } from '../../compat-types';
import { DAY, HOUR, floorTo, iso } from '../state/clock';
import { defaultSeed } from './default-seed';
import { checkSeed } from './seed-check';
import {
  adoptListed, byDevice, listedFor, resourcesToStore, statesToSeed, storeToResources,
} from './seed-resources';
import { key } from '../state/store';
import { indexTokens } from '../access/token-index';
import type { CommandEntry, OrgRecord, Seed, SeedOrg, SeedUser, SeedWhen, State, StateEntry } from '../types';

const WEEK = 7 * DAY;

/** A seed from an object or a path to a JSON file (default: the demo seed), checked. */
export function loadSeed(input?: Seed | string): Seed {
  if (input === undefined || input === null) return seedFrom(defaultSeed);
  if (typeof input === 'string') return seedFrom(readJsonFile(input, 'seed'), `seed file ${input}`);
  return seedFrom(input);
}

/**
 * A checked copy of a seed document; `origin` (`data file /path`) is added to
 * the error, so the user knows which document to fix.
 */
export function seedFrom(value: unknown, origin?: string): Seed {
  try {
    // The copy is what is checked, since it is what is used: an array hole, a
    // NaN or a Date in the caller's object reaches the check as JSON has it.
    const copy = jsonCopy(value);
    checkSeed(copy);
    return copy as Seed;
  } catch (err) {
    if (origin && err instanceof Error) err.message = `${err.message} (${origin})`;
    throw err;
  }
}

function jsonCopy(value: unknown): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch (err) {
    throw new Error(`Invalid seed: seed must be plain JSON data (${(err as Error).message})`);
  }
  return text === undefined ? undefined : JSON.parse(text);
}

export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`Cannot read ${what} file ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    // V8's message may quote the text around the error, and these files hold tokens: keep only where it is.
    const at = /position (\d+)/.exec((err as Error).message);
    throw new Error(`The ${what} file ${path} is not valid JSON${at ? ` (at character ${at[1]})` : ''}`);
  }
}

/** `seed` must be a checked copy (see loadSeed): its objects become the state. */
export function toState(seed: Seed, now: number): State {
  const orgs = new Map<string, OrgRecord>();
  for (const org of seed.orgs) orgs.set(org.id.toLowerCase(), toRecord(org, now));
  const users = new Map<string, SeedUser>();
  for (const user of seed.users || []) users.set(key(user.id), user);
  const store = resourcesToStore(seed.resources);
  adoptListed(store, seed.orgs, now);
  const state: State = {
    tokens: seed.tokens,
    tokenIndex: new Map(),
    orgs,
    users,
    store,
    deviceStates: byDevice(seed.deviceStates, now, (e, time): StateEntry => ({ time, data: e.data })),
    deviceCommands: byDevice(seed.deviceCommands, now, (e, time): CommandEntry => (e.payload === undefined ? { time, name: e.name } : { time, name: e.name, payload: e.payload })),
  };
  indexTokens(state);
  return state;
}

function toRecord(seedOrg: SeedOrg, now: number): OrgRecord {
  const { invites, applications, dashboards, usage, ...org } = seedOrg;
  // `applications` and `dashboards` become documents in the store (seed-resources.ts adoptListed).
  const today = floorTo(now, DAY);
  const timeOf = (when: SeedWhen & { hour?: number }) =>
    when.date !== undefined ? Date.parse(when.date) : today + (when.day as number) * DAY + (when.hour || 0) * HOUR;
  const u = usage || {};
  delete org.orgId;
  return {
    org: { ...org, members: org.members || [] },
    invites: (invites || []).map((invite) => toInvite(invite, now)),
    usage: {
      devices: (u.devices || []).map((e) => ({ time: timeOf(e), created: e.created || 0, deleted: e.deleted || 0 })),
      notebooks: (u.notebooks || []).map((e) => ({
        time: timeOf(e), minutes: e.minutes || 0, completed: e.completed || 0, canceled: e.canceled || 0, errored: e.errored || 0, timeout: e.timeout || 0,
      })),
      payloads: (u.payloads || []).map((e) => ({
        time: timeOf(e), type: e.type, source: e.source, count: e.count, bytes: e.bytes || 0, billable: e.billable !== false,
      })),
    },
  };
}

/** Seeds may leave out the invite's dates; `hasExpired` is always computed when rendered. */
function toInvite(invite: OrganizationInvitation, now: number): OrganizationInvitation {
  const copy = { ...invite };
  delete copy.hasExpired;
  if (copy.inviteDate === undefined) copy.inviteDate = iso(now);
  if (copy.ttl === undefined) copy.ttl = WEEK;
  return copy;
}

/** The state as a seed document (what `--data` writes and `snapshot()` returns). */
export function toSeed(state: State): Seed {
  const orgs: SeedOrg[] = [];
  state.orgs.forEach((record) => {
    const date = (e: { time: number }) => iso(e.time);
    orgs.push({
      ...record.org,
      invites: record.invites,
      // The Org-only format's lists, kept for readers of saved states: the documents are in `resources`.
      applications: listedFor(state.store, 'applications', record.org.id),
      dashboards: listedFor(state.store, 'dashboards', record.org.id),
      usage: {
        devices: record.usage.devices.map((e) => ({ date: date(e), created: e.created, deleted: e.deleted })),
        notebooks: record.usage.notebooks.map((e) => ({
          date: date(e), minutes: e.minutes, completed: e.completed, canceled: e.canceled, errored: e.errored, timeout: e.timeout,
        })),
        payloads: record.usage.payloads.map((e) => ({
          date: date(e), type: e.type, source: e.source, count: e.count, bytes: e.bytes, billable: e.billable,
        })),
      },
    });
  });
  const users: SeedUser[] = Array.from(state.users.values());
  const seed = { tokens: state.tokens, orgs, users, resources: storeToResources(state.store), ...statesToSeed(state.deviceStates, state.deviceCommands, state.store) };
  // A deep copy, so neither the caller nor a pending file write sees later changes.
  return JSON.parse(JSON.stringify(seed)) as Seed;
}
