/**
 * Who may read or change an item: one rule for every action whose path names
 * items by id (locate.ts asks it about each one, reads and writes alike), for
 * the lists (collection-hooks.ts keeps what it lets the caller read) and for
 * an owner named in a body (a new application's `orgId`, a transfer's
 * destination). So nothing can be read or changed by id that the lists would
 * not show, whatever the token's scopes allow.
 *
 * An item belongs to the owner its document names (`ownerType`/`ownerId`: a
 * user, an organization, an application), where its schema has those fields
 * (a data table row's columns could be named so) or they are hidden fields
 * (an OAuth token's user, model-overrides.ts); else to its parent (a device to
 * its application, checked first, on the way down the path); else, at the
 * top, to the members of an instance, or to nobody in particular (the
 * application templates).
 *
 * The caller (context.ts callerFor) is the application a token is tied to (an
 * application API token, a device's login: a device's only acts on its own
 * device), or the instance an instance API token belongs to; a minted token
 * of either kind is also bounded by the roles of the user who made it. Any
 * other token acts as its user. A token with no user in a state without
 * users (an Org-only seed) acts on everything, as before.
 *
 * Roles: an organization member's `role`, or a higher one her
 * `applicationRoles`/`dashboardRoles` give her for one resource, ranks
 * none < view < collaborate < edit < admin. Reading needs view; changing what
 * an application or dashboard holds needs collaborate; changing or deleting
 * the application or dashboard itself, or giving the organization a new one,
 * needs edit; changing the organization needs admin (reading it, being a
 * member). An instance member reads with any role and changes as `admin`. A
 * read is what the description lets a read-only token do (`all.User.read`…).
 *
 * A caller who may not read an item gets the 404 of an unknown id, so its
 * existence is not revealed; one who may read but not change it gets 403.
 */
import type { ActionSpec } from '../../actions/types';
import { ApiError, notFound } from '../server/api-error';
import { documentedProperties } from '../state/documented-properties';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { hiddenOf } from '../state/hidden';
import { MEMBERS_OF } from '../state/model-overrides';
import { findItem, idOf, key, sameId } from '../state/store';
import type { Item } from '../state/store';
import type { OrgRecord, State } from '../types';

export interface Caller {
  /** The user whose roles decide: the token's own, or the maker of a token tied to an application or an instance. */
  userId?: string;
  applicationId?: string;
  /** A device's token: of the devices, only this one. */
  deviceId?: string;
  instanceId?: string;
}

/** What an action does to an item on its path: `own` changes the application or dashboard itself. */
export type Need = 'read' | 'write' | 'own';

/** The verdict: allowed, hidden (404), or the reason it is refused (403). */
export type Verdict = { allowed: true } | { allowed: false; hidden: boolean; reason: string };

const ALLOWED: Verdict = { allowed: true };
const HIDDEN: Verdict = { allowed: false, hidden: true, reason: 'Not visible to the caller' };
const refused = (reason: string): Verdict => ({ allowed: false, hidden: false, reason });

// A Map: a role is seed data, and `constructor` must not be found on a prototype.
const RANK = new Map<unknown, number>([['none', 0], ['view', 1], ['collaborate', 2], ['edit', 3], ['admin', 4]]);
const NEEDED: { [need in Need]: number } = { read: 1, write: 2, own: 3 };

const roleRefusal = (role: unknown, orgName: string) => `Role ${String(role)} in organization ${orgName} does not allow this action`;
const rankOf = (role: unknown) => RANK.get(role) || 0;

/** A read is what a read-only token may do; a write on the item's own path changes the item itself. */
export function needOf(spec: ActionSpec, pair?: Pair): Need {
  if (spec.scopes.some((s) => /\.read$/.test(s))) return 'read';
  return pair && spec.path === pair.itemPath ? 'own' : 'write';
}

type Member = OrgRecord['org']['members'][number];

function memberOf(record: OrgRecord | undefined, userId: string): Member | undefined {
  return record ? record.org.members.filter((m) => sameId(m.userId, userId))[0] : undefined;
}

/** Rank of a member for one application or dashboard: her role, or the higher one listed for that resource. */
function rankFor(member: Member, resource?: { id: string; rolesField: string }): number {
  let rank = rankOf(member.role);
  const listed = resource ? (member as unknown as { [field: string]: unknown })[resource.rolesField] : undefined;
  if (resource && Array.isArray(listed)) {
    for (const entry of listed as Array<{ resourceId?: unknown; role?: unknown }>) {
      if (entry && sameId(entry.resourceId, resource.id)) rank = Math.max(rank, rankOf(entry.role));
    }
  }
  return rank;
}

/** What an organization lets the user do with a resource it owns (or, without `resource`, a new one). */
function inOrganization(state: State, userId: string, orgId: unknown, need: Need, resource?: { id: string; rolesField: string }): Verdict {
  const record = state.orgs.get(key(orgId));
  const member = memberOf(record, userId);
  if (!member) return HIDDEN;
  const rank = rankFor(member, resource);
  if (rank < NEEDED.read) return HIDDEN;
  if (rank < NEEDED[need]) return refused(roleRefusal(member.role, (record as OrgRecord).org.name));
  return ALLOWED;
}

function onInstance(state: State, userId: string, pair: Pair, instanceId: string, need: Need): Verdict {
  const members = model().pairs.get(MEMBERS_OF[pair.name]) as Pair;
  const member = findItem(state.store, members, { [pair.idParam]: instanceId }, userId);
  if (!member) return HIDDEN;
  return need === 'read' || member.doc.role === 'admin' ? ALLOWED : refused(`Role ${String(member.doc.role)} in instance ${instanceId} does not allow this action`);
}

/** Whether the pair's items name their owner (applications, dashboards, API tokens; an OAuth token's is hidden). */
const hasOwner = (pair: Pair) => documentedProperties(pair.itemSchema).indexOf('ownerId') !== -1 || hiddenOf(pair).indexOf('ownerId') !== -1;

/** For a token tied to an application: the item must be that application, or in it (a device's token: its device). */
function forApplication(caller: Caller, pair: Pair, item: Item): Verdict {
  if (caller.deviceId && pair.store === 'devices') return sameId(idOf(pair, item), caller.deviceId) ? ALLOWED : HIDDEN;
  const ownedByApplication = hasOwner(pair) && item.doc.ownerType === 'application';
  const application = pair.store === 'applications' ? idOf(pair, item) : ownedByApplication ? item.doc.ownerId : undefined;
  if (application !== undefined) return sameId(application, caller.applicationId) ? ALLOWED : HIDDEN;
  return pair.parent ? ALLOWED : HIDDEN;
}

/** For an instance API token: the item must be that instance, or in it. */
function forInstance(caller: Caller, pair: Pair, item: Item): Verdict {
  if (pair.parent) return ALLOWED;
  return MEMBERS_OF[pair.name] && sameId(idOf(pair, item), caller.instanceId) ? ALLOWED : HIDDEN;
}

/** What the user may do to the item, as its owner or a member of its owner. */
function asUser(state: State, userId: string | undefined, pair: Pair, item: Item, need: Need): Verdict {
  const doc = item.doc;
  const ownerId = typeof doc.ownerId === 'string' && hasOwner(pair) ? doc.ownerId : undefined;
  if (!userId) return ALLOWED;
  if (!ownerId && !pair.parent && MEMBERS_OF[pair.name]) return onInstance(state, userId, pair, idOf(pair, item), need);
  if (!ownerId) return ALLOWED;
  if (doc.ownerType === 'user') return sameId(ownerId, userId) ? ALLOWED : HIDDEN;
  if (doc.ownerType === 'organization') {
    return inOrganization(state, userId, ownerId, need, { id: idOf(pair, item), rolesField: `${pair.store.replace(/s$/, '')}Roles` });
  }
  if (doc.ownerType === 'application') {
    const applications = model().pairs.get('applications') as Pair;
    const application = findItem(state.store, applications, {}, ownerId);
    return application ? asUser(state, userId, applications, application, need === 'own' ? 'write' : need) : HIDDEN;
  }
  return ALLOWED;
}

/** Whether the caller may do `need` to the item (its parents on the path already passed): what its token is tied to, then its user. */
export function verdictOn(state: State, caller: Caller, pair: Pair, item: Item, need: Need): Verdict {
  const bound = caller.applicationId ? forApplication(caller, pair, item) : caller.instanceId ? forInstance(caller, pair, item) : ALLOWED;
  return bound.allowed ? asUser(state, caller.userId, pair, item, need) : bound;
}

/** Whether the caller may do `need` to the organization itself (`/orgs/{orgId}…`). */
export function verdictOnOrg(caller: Caller, record: OrgRecord, need: Need): Verdict {
  if (caller.applicationId || caller.instanceId) return HIDDEN;
  if (!caller.userId) return ALLOWED;
  const member = memberOf(record, caller.userId);
  if (!member) return HIDDEN;
  return need === 'read' || member.role === 'admin' ? ALLOWED : refused(roleRefusal(member.role, record.org.name));
}

/** Throws the verdict's answer: 404 naming the item as for an unknown id (its message, or a function making it), or 403. */
export function enforce(verdict: Verdict, unknown: string | (() => string)): void {
  if (verdict.allowed) return;
  if (verdict.hidden) throw notFound(typeof unknown === 'function' ? unknown() : unknown);
  throw new ApiError(403, 'Forbidden', verdict.reason);
}

export const canRead = (state: State, caller: Caller, pair: Pair, item: Item) => verdictOn(state, caller, pair, item, 'read').allowed;

/**
 * Checks an organization named in a body as a new owner (a new application's
 * `orgId`, a transfer's destination): one the caller may add applications
 * and dashboards to. One she is not a member of is answered as if it did not
 * exist (400 naming `field`); one where her role is too low, 403.
 */
export function checkNewOwner(state: State, caller: Caller, orgId: string, field: string): void {
  const record = state.orgs.get(key(orgId));
  const unknown = new ApiError(400, 'Validation', `${field} ${orgId} is not an organization`);
  if (!record) throw unknown;
  // A token tied to an application acts for it (its new dashboards go to its owner) within its maker's roles; one with no user on everything.
  if (!caller.userId) return;
  const member = memberOf(record, caller.userId);
  if (!member) throw unknown;
  if (rankOf(member.role) < NEEDED.own) throw new ApiError(403, 'Forbidden', roleRefusal(member.role, record.org.name));
}
