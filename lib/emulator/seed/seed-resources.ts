/**
 * The seed's collections <-> the store. A seed item is the document as the
 * API returns it plus the ids of its parents (`applicationId` for a device);
 * a parent id the item schema has no property for (a row's `dataTableId`)
 * is kept as the item's scope only. Writing back adds the scope ids again,
 * so a saved state loads as the same state.
 *
 * Organizations written in the Org-only format list the applications and
 * dashboards they own as `{ id, name }`: those become documents owned by the
 * organization (or give an existing document that owner).
 */
import { iso } from '../state/clock';
import { documentedProperties } from '../state/documented-properties';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { pairOf } from '../access/ownership';
import { findItem, idOf, key, primaryPair, putItem } from '../state/store';
import type { Item, Json, Stores } from '../state/store';
import type { CommandEntry, SeedDeviceCommand, SeedDeviceState, SeedMoment, SeedOrg, SeedResources, StateEntry } from '../types';

/** Every parameter that scopes an item of this store, across the pairs that share it. */
export function scopeParams(store: string): string[] {
  const params: string[] = [];
  for (const pair of model().stores.get(store) || []) for (const p of pair.scope) if (params.indexOf(p) === -1) params.push(p);
  return params;
}

/** A seed item → its document and scope (the item is a checked copy: it becomes the document). */
export function splitItem(pair: Pair, raw: Json): Item {
  const props = documentedProperties(pair.itemSchema);
  const doc: Json = {};
  for (const field of Object.keys(raw)) Object.defineProperty(doc, field, { value: raw[field], enumerable: true, writable: true, configurable: true });
  const scope: Item['scope'] = {};
  for (const param of scopeParams(pair.store)) {
    if (typeof raw[param] !== 'string') continue;
    scope[param] = raw[param] as string;
    if (props.indexOf(param) === -1) delete doc[param];
  }
  return { doc, scope };
}

export function resourcesToStore(resources: SeedResources | undefined): Stores {
  const stores: Stores = new Map();
  const seeded = resources || {};
  for (const name of Object.keys(seeded)) {
    const pair = model().pairs.get(name) as Pair;
    for (const raw of seeded[name]) putItem(stores, pair, splitItem(pair, raw as Json));
  }
  return stores;
}

export function storeToResources(stores: Stores): SeedResources {
  const resources: SeedResources = {};
  stores.forEach((items, store) => {
    if (!items.size) return;
    const list: Json[] = [];
    items.forEach((item) => list.push({ ...item.scope, ...item.doc }));
    resources[primaryPair(store).name] = list;
  });
  return resources;
}

/** The Org-only format's `applications` and `dashboards` lists, as documents the organization owns. */
export function adoptListed(stores: Stores, orgs: SeedOrg[], now: number): void {
  for (const org of orgs) {
    for (const kind of ['applications', 'dashboards'] as const) {
      const pair = pairOf(kind);
      for (const listed of org[kind] || []) {
        const owner = { ownerId: org.id, ownerType: 'organization', organizationName: org.name };
        const existing = findItem(stores, pair, {}, listed.id);
        if (existing) {
          Object.assign(existing.doc, owner);
        } else {
          const doc: Json = { id: listed.id, [`${pair.item}Id`]: listed.id, name: listed.name, ...owner, creationDate: iso(now), lastUpdated: iso(now) };
          putItem(stores, pair, { doc, scope: {} });
        }
      }
    }
  }
}

/** What the Org-only format lists for an organization: `{ id, name }` of what it owns. */
export function listedFor(stores: Stores, kind: 'applications' | 'dashboards', orgId: string): Array<{ id: string; name: string }> {
  const out: Array<{ id: string; name: string }> = [];
  const pair = pairOf(kind);
  (stores.get(pair.store) || new Map<string, Item>()).forEach((item) => {
    if (item.doc.ownerType === 'organization' && key(item.doc.ownerId) === key(orgId)) out.push({ id: idOf(pair, item), name: String(item.doc.name) });
  });
  return out;
}

export const timeOf = (when: SeedMoment, now: number) =>
  (when.date !== undefined ? Date.parse(when.date) : now - (when.minutesAgo as number) * 60000);

/** Seed entries by lower-cased device id, each device's oldest first. */
export function byDevice<E extends { time: number }, S extends SeedMoment & { deviceId: string }>(
  list: S[] | undefined, now: number, make: (entry: S, time: number) => E,
): Map<string, E[]> {
  const map = new Map<string, E[]>();
  for (const entry of list || []) {
    const entries = map.get(key(entry.deviceId)) || [];
    entries.push(make(entry, timeOf(entry, now)));
    map.set(key(entry.deviceId), entries);
  }
  map.forEach((entries) => entries.sort((a, b) => a.time - b.time));
  return map;
}

/** Device states and commands as seed entries (absolute dates), for saving. */
export function statesToSeed(states: Map<string, StateEntry[]>, commands: Map<string, CommandEntry[]>, stores: Stores) {
  const deviceIdOf = (k: string) => {
    const item = (stores.get('devices') || new Map<string, Item>()).get(k);
    return item ? String(item.doc.id) : k;
  };
  const deviceStates: SeedDeviceState[] = [];
  const deviceCommands: SeedDeviceCommand[] = [];
  states.forEach((entries, k) => entries.forEach((e) => deviceStates.push({ deviceId: deviceIdOf(k), date: iso(e.time), data: e.data as SeedDeviceState['data'] })));
  commands.forEach((entries, k) => entries.forEach((e) => {
    const command: SeedDeviceCommand = { deviceId: deviceIdOf(k), date: iso(e.time), name: e.name };
    if (e.payload !== undefined) command.payload = e.payload;
    deviceCommands.push(command);
  }));
  return { deviceStates, deviceCommands };
}
