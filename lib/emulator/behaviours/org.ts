/**
 * The behaviours of the 13 Org actions, on the organization state (members,
 * invites, usage): get, patch, delete and transferResources here, the member
 * and invite actions in org-people.ts, the usage actions in counts.ts.
 * Routing, auth, validation and the org lookup happen before a behaviour runs
 * (server/app.ts); a behaviour changes state synchronously and returns the
 * response body, or throws an ApiError.
 */
import type { OrganizationPatch, ResourceTransfer } from '../../generated/schema-types';
import { checkNewOwner } from '../access/access';
import { invalid } from '../server/api-error';
import { iso } from '../state/clock';
import { callerOfContext } from '../access/context';
import type { Behaviour, Context } from '../access/context';
import * as counts from './counts';
import { inviteMember, modifyMember, pendingInvites, removeMember, revokeInvite } from './org-people';
import { renderOrg } from './org-view';
import { ownedBy, pairOf, setOwner } from '../access/ownership';
import { removeFrom } from '../state/remove';
import type { Owner } from '../access/ownership';
import { sameId } from '../state/store';
import type { Item } from '../state/store';

/** Patchable fields that are stored and returned; `cardToken` is accepted but, being a secret, never kept. */
const STORED_PATCH_FIELDS: Array<keyof OrganizationPatch> = ['name', 'description', 'planId', 'billingEmail', 'iconColor'];

export function get(ctx: Context) {
  return renderOrg(ctx.state, ctx.record, ctx.clock.now(), ctx.params);
}

export function patch(ctx: Context) {
  const changes = ctx.params.organization as OrganizationPatch;
  const org = ctx.record.org as unknown as Record<string, unknown>;
  for (const field of STORED_PATCH_FIELDS) {
    if (changes[field] !== undefined) org[field] = changes[field];
  }
  ctx.record.org.lastUpdated = iso(ctx.clock.tick());
  return renderOrg(ctx.state, ctx.record, ctx.clock.now(), ctx.params);
}

/** Removes the organization with the applications and dashboards it owns (and everything in them). */
export function remove(ctx: Context) {
  const owner = { type: 'organization' as const, id: ctx.record.org.id };
  for (const kind of ['applications', 'dashboards'] as const) {
    ownedBy(ctx.state, kind, owner).forEach((item) => removeFrom(ctx, pairOf(kind), item));
  }
  ctx.state.orgs.delete(ctx.record.org.id.toLowerCase());
  return { success: true };
}

/**
 * Moves applications and dashboards to another organization, or to a member
 * of this one (who then owns them: `ownerType` `user`). Ids this
 * organization does not own fail the transfer when `strict` is true and are
 * skipped otherwise; a failed transfer moves nothing. A transfer to this
 * organization itself (the docs' example) leaves everything as it is.
 */
export function transferResources(ctx: Context) {
  const transfer = ctx.params.transfer as ResourceTransfer;
  const source = ctx.record;
  const destinationId = transfer.destinationId.toLowerCase();
  const destination = transfer.destinationType === 'organization' ? ctx.state.orgs.get(destinationId) : undefined;
  if (transfer.destinationType === 'organization') {
    // One the caller may add applications and dashboards to (access.ts).
    checkNewOwner(ctx.state, callerOfContext(ctx), transfer.destinationId, 'transfer.destinationId');
  } else if (!source.org.members.some((m) => String(m.userId).toLowerCase() === destinationId)) {
    throw invalid(`transfer.destinationId ${transfer.destinationId} is not a member of this organization`);
  }
  const from = { type: 'organization' as const, id: source.org.id };
  const to: Owner = destination ? { type: 'organization', id: destination.org.id } : { type: 'user', id: transfer.destinationId };
  moveResources(ctx, from, to, transfer, 'this organization');
  if (destination === source) return { success: true };
  source.org.lastUpdated = iso(ctx.clock.now());
  if (destination) destination.org.lastUpdated = source.org.lastUpdated;
  return { success: true };
}

/** Picks every listed resource first (so a strict failure changes nothing), then gives them all to `to`. */
export function moveResources(ctx: Context, from: Owner, to: Owner, transfer: ResourceTransfer, fromLabel: string): void {
  const apps = pick(ownedBy(ctx.state, 'applications', from), transfer.applicationIds || [], 'transfer.applicationIds', fromLabel, transfer.strict);
  const dashes = pick(ownedBy(ctx.state, 'dashboards', from), transfer.dashboardIds || [], 'transfer.dashboardIds', fromLabel, transfer.strict);
  // To their own owner: checked as any transfer (strict), and nothing changes.
  if (from.type === to.type && sameId(from.id, to.id)) return;
  const when = ctx.clock.tick();
  apps.concat(dashes).forEach((item) => setOwner(ctx.state, item, to, when));
}

/** The owned resources named by `ids`, each once. */
function pick(owned: Item[], ids: string[], field: string, fromLabel: string, strict?: boolean): Item[] {
  const found: Item[] = [];
  ids.forEach((id, i) => {
    const resource = owned.filter((r) => sameId(r.doc.id, id))[0];
    if (resource) {
      if (found.indexOf(resource) === -1) found.push(resource);
    } else if (strict) {
      throw invalid(`${field}[${i}] ${id} is not owned by ${fromLabel}`);
    }
  });
  return found;
}

export const orgBehaviours: { [name: string]: Behaviour } = {
  'org.delete': remove,
  'org.deviceCounts': (ctx) => counts.deviceCounts(ctx.record, counts.rangeOf(ctx)),
  'org.get': get,
  'org.inviteMember': inviteMember,
  'org.modifyMember': modifyMember,
  'org.notebookMinuteCounts': (ctx) => counts.notebookMinuteCounts(ctx.record, counts.rangeOf(ctx)),
  'org.patch': patch,
  'org.payloadCounts': (ctx) => counts.payloadCounts(ctx.record, counts.rangeOf(ctx)),
  'org.payloadCountsBreakdown': (ctx) => counts.payloadCountsBreakdown(ctx.record, counts.rangeOf(ctx), ctx.params),
  'org.pendingInvites': pendingInvites,
  'org.removeMember': removeMember,
  'org.revokeInvite': revokeInvite,
  'org.transferResources': transferResources,
};
