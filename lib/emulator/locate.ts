/**
 * Finds the items an action's path names, outermost first (the application,
 * then its device), each within the scope of the ones before it: a device of
 * another application is not found. Anything missing is a 404 naming what
 * and which id. Organizations (and their members and invites, under an
 * instance) are found in the organization state.
 */
import { notFound } from './api-error';
import { model, pathItems } from './model';
import { findItem, key, sameId } from './store';
import type { Item } from './store';
import type { OrgRecord, State } from './types';

export interface Located {
  items: { [param: string]: Item };
  record?: OrgRecord;
}

/** `dataTableRow` → `Data table row`, for messages. */
export function label(resource: string): string {
  const words = resource.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function locate(state: State, path: string, pathParams: Record<string, string>): Located {
  const found: Located = { items: {} };
  for (const { pair, param } of pathItems(model(), path)) {
    const id = pathParams[param];
    if (pair.name === 'orgs' || pair.name === 'instanceOrgs') {
      found.record = state.orgs.get(key(id));
      if (!found.record) throw notFound(`Organization ${id} was not found`);
    } else if (pair.name === 'instanceOrgMembers') {
      const record = found.record as OrgRecord;
      if (!record.org.members.some((m) => sameId(m.userId, id))) throw notFound(`User ${id} is not a member of this organization`);
    } else if (pair.name === 'instanceOrgInvites') {
      const record = found.record as OrgRecord;
      if (!record.invites.some((i) => sameId(i.id, id))) throw notFound(`Invite ${id} was not found`);
    } else {
      const item = findItem(state.store, pair, pathParams, id);
      if (!item) throw notFound(`${label(pair.item)} ${id} was not found`);
      found.items[param] = item;
    }
  }
  return found;
}
