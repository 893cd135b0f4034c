/**
 * Who owns an application or a dashboard: an organization or a user, as the
 * documents' `ownerType` and `ownerId` say. The organization's `appCount` and
 * `dashCount`, `transferResources` and the `orgId` filter of the lists all
 * read these fields, so there is one truth for ownership: the documents.
 */
import { iso } from '../state/clock';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { itemsOf, sameId } from '../state/store';
import type { Item } from '../state/store';
import type { State } from '../types';

export type OwnedKind = 'applications' | 'dashboards';

export interface Owner {
  type: 'organization' | 'user';
  id: string;
}

export const pairOf = (kind: OwnedKind) => model().pairs.get(kind) as Pair;

export function isOwnedBy(item: Item, owner: Owner): boolean {
  return item.doc.ownerType === owner.type && sameId(item.doc.ownerId, owner.id);
}

/** The applications or dashboards the owner has, in creation order. */
export function ownedBy(state: State, kind: OwnedKind, owner: Owner): Item[] {
  return itemsOf(state.store, pairOf(kind), {}).filter((item) => isOwnedBy(item, owner));
}

/** The fields that say who owns a document, with the organization's name and colour as the API shows them. */
export function ownerFields(state: State, owner: Owner): { [field: string]: unknown } {
  const fields: { [field: string]: unknown } = { ownerId: owner.id, ownerType: owner.type };
  const record = owner.type === 'organization' ? state.orgs.get(owner.id.toLowerCase()) : undefined;
  if (record) {
    fields.organizationName = record.org.name;
    if (typeof record.org.iconColor === 'string') fields.organizationIconColor = record.org.iconColor;
  }
  return fields;
}

/** Gives the item to a new owner; an organization's name and colour go with it, a user's owner has none. */
export function setOwner(state: State, item: Item, owner: Owner, now: number): void {
  delete item.doc.organizationName;
  delete item.doc.organizationIconColor;
  Object.assign(item.doc, ownerFields(state, owner));
  item.doc.lastUpdated = iso(now);
}
