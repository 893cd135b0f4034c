/** Behaviours of get, patch, delete and transferResources. */
import type { OrganizationPatch, ResourceTransfer } from '../generated/schema-types';
import { invalid } from './api-error';
import { iso } from './clock';
import { renderOrg } from './org-view';
import type { Context } from './handlers';
import type { SeedResource } from './types';

/** Patchable fields that are stored and returned; `cardToken` is accepted but, being a secret, never kept. */
const STORED_PATCH_FIELDS: Array<keyof OrganizationPatch> = ['name', 'description', 'planId', 'billingEmail', 'iconColor'];

export function get(ctx: Context) {
  return renderOrg(ctx.record, ctx.clock.now(), ctx.params);
}

export function patch(ctx: Context) {
  const changes = ctx.params.organization as OrganizationPatch;
  const org = ctx.record.org as unknown as Record<string, unknown>;
  for (const field of STORED_PATCH_FIELDS) {
    if (changes[field] !== undefined) org[field] = changes[field];
  }
  ctx.record.org.lastUpdated = iso(ctx.clock.tick());
  return renderOrg(ctx.record, ctx.clock.now(), ctx.params);
}

export function remove(ctx: Context) {
  ctx.state.orgs.delete(ctx.record.org.id.toLowerCase());
  return { success: true };
}

/**
 * Moves applications and dashboards to another organization, or to a member
 * of this one (a user's own resources are not modelled: they just leave).
 * Ids this organization does not own fail the transfer when `strict` is
 * true and are skipped otherwise. An id is owned by one organization at most
 * (the seed check makes sure of it, and a transfer moves, never copies).
 */
export function transferResources(ctx: Context) {
  const transfer = ctx.params.transfer as ResourceTransfer;
  const source = ctx.record;
  const destinationId = transfer.destinationId.toLowerCase();
  const destination = transfer.destinationType === 'organization' ? ctx.state.orgs.get(destinationId) : undefined;
  if (transfer.destinationType === 'organization') {
    if (!destination) throw invalid(`transfer.destinationId ${transfer.destinationId} is not an organization`);
    if (destination === source) throw invalid('transfer.destinationId must be another organization');
  } else if (!source.org.members.some((m) => String(m.userId).toLowerCase() === destinationId)) {
    throw invalid(`transfer.destinationId ${transfer.destinationId} is not a member of this organization`);
  }
  const apps = pick(source.applications, transfer.applicationIds || [], 'transfer.applicationIds', transfer.strict);
  const dashes = pick(source.dashboards, transfer.dashboardIds || [], 'transfer.dashboardIds', transfer.strict);
  if (destination) {
    refuseOwned(destination.applications, apps, 'transfer.applicationIds');
    refuseOwned(destination.dashboards, dashes, 'transfer.dashboardIds');
  }
  source.applications = source.applications.filter((r) => apps.indexOf(r) === -1);
  source.dashboards = source.dashboards.filter((r) => dashes.indexOf(r) === -1);
  const when = iso(ctx.clock.tick());
  source.org.lastUpdated = when;
  if (destination) {
    destination.applications = destination.applications.concat(apps);
    destination.dashboards = destination.dashboards.concat(dashes);
    destination.org.lastUpdated = when;
  }
  return { success: true };
}

/** The owned resources named by `ids` (checked before anything moves, so a strict failure changes nothing). */
function pick(owned: SeedResource[], ids: string[], field: string, strict?: boolean): SeedResource[] {
  const found: SeedResource[] = [];
  ids.forEach((id, i) => {
    const resource = owned.filter((r) => r.id.toLowerCase() === id.toLowerCase())[0];
    if (resource) {
      if (found.indexOf(resource) === -1) found.push(resource);
    } else if (strict) {
      throw invalid(`${field}[${i}] ${id} is not owned by this organization`);
    }
  });
  return found;
}

/**
 * Keeps ids unique across organizations: a resource the destination already
 * owns is refused rather than duplicated (a duplicate would make the saved
 * state fail the seed check at the next start). Seeds cannot hold such a
 * pair, so this only guards against later changes to how resources appear.
 */
function refuseOwned(destinationOwns: SeedResource[], moving: SeedResource[], field: string): void {
  for (const resource of moving) {
    const id = resource.id.toLowerCase();
    if (destinationOwns.some((r) => r.id.toLowerCase() === id)) throw invalid(`${field}: ${resource.id} is already owned by the destination organization`);
  }
}
