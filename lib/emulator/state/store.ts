/**
 * The generic state behind every collection/item pair: per store, a Map from
 * the item's key (itemKey: its id, lower-cased, since ids are hex, matched
 * case-insensitively) to the item's document and its scope, the ids of the
 * parents its path names (`{ applicationId }` for a device). Maps keep
 * insertion order, so an unsorted list is in creation order, and any string
 * is an ordinary key.
 */
import type { Pair } from './model';
import { model } from './model';

export type Json = { [key: string]: unknown };

/** A JSON object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface Item {
  /** The document as stored: what the API returns, plus any hidden fields (model-overrides.ts). */
  doc: Json;
  /** The parents' ids, by path parameter name. */
  scope: { [param: string]: string };
}

export type Stores = Map<string, Map<string, Item>>;

export const key = (id: unknown) => String(id).toLowerCase();
export const sameId = (a: unknown, b: unknown) => a !== undefined && b !== undefined && key(a) === key(b);

/** Sets a field by name, `__proto__` included, as an own property (never the object's prototype). */
export function setField(doc: Json, field: string, value: unknown): void {
  Object.defineProperty(doc, field, { value, enumerable: true, writable: true, configurable: true });
}

/** Copies every field of `source` onto `doc` as own properties (a body's `__proto__` included, as data). */
export function assignFields(doc: Json, source: Json): void {
  for (const field of Object.keys(source)) setField(doc, field, source[field]);
}

function storeOf(stores: Stores, name: string): Map<string, Item> {
  let store = stores.get(name);
  if (!store) stores.set(name, (store = new Map()));
  return store;
}

/**
 * The parent an item belongs to, by path parameter. Where two pairs share a
 * store (an application's dashboards are dashboards), the document is the one
 * truth both paths see: a dashboard created at `/dashboards` with an
 * `applicationId` is that application's, listed and removed with it.
 * Elsewhere an item belongs where it was created (a row's `dataTableId` is
 * no field of the row).
 */
export function parentOf(pair: Pair, item: Item, param: string): unknown {
  return isShared(pair.store) ? item.doc[param] : item.scope[param];
}

const isShared = (store: string) => (model().stores.get(store) || []).length > 1;

/** True when every scope parameter of the pair names the same parent as `scope`. */
export function inScope(item: Item, pair: Pair, scope: { [param: string]: unknown }): boolean {
  return pair.scope.every((param) => sameId(parentOf(pair, item, param), scope[param]));
}

/** The items of a pair within a scope (all of a shared store's items for a top-level pair), in creation order. */
export function itemsOf(stores: Stores, pair: Pair, scope: { [param: string]: unknown }): Item[] {
  const out: Item[] = [];
  storeOf(stores, pair.store).forEach((item) => {
    if (inScope(item, pair, scope)) out.push(item);
  });
  return out;
}

/**
 * The key an item is kept under. An item with an id of its own is known by it
 * alone: ids are unique across parents. One known by another item's id (an
 * instance member by its user's) is a membership: the same user is a member
 * of each instance she belongs to, one item under each, so its key is its
 * parents' ids with its own.
 */
export function itemKey(pair: Pair, scope: { [param: string]: unknown }, id: unknown): string {
  if (pair.identity === 'id') return key(id);
  let out = '';
  for (const param of pair.scope) out += `${key(scope[param])}/`;
  return out + key(id);
}

/** The key an item is kept under (itemKey), from the parents it belongs to. */
function keyOfItem(pair: Pair, item: Item): string {
  if (pair.identity === 'id') return key(idOf(pair, item));
  const scope: { [param: string]: unknown } = {};
  for (const param of pair.scope) scope[param] = parentOf(pair, item, param);
  return itemKey(pair, scope, idOf(pair, item));
}

/** Whether the store holds an item under the key `id` would take in `scope` (a create's duplicate). */
export function hasItem(stores: Stores, pair: Pair, scope: { [param: string]: unknown }, id: unknown): boolean {
  return storeOf(stores, pair.store).has(itemKey(pair, scope, id));
}

/** The item a path names: by id, or by one of the pair's lookup fields; undefined when absent or in another scope. */
export function findItem(stores: Stores, pair: Pair, scope: { [param: string]: unknown }, id: unknown): Item | undefined {
  const store = storeOf(stores, pair.store);
  const byId = store.get(itemKey(pair, scope, id));
  if (byId && inScope(byId, pair, scope)) return byId;
  if (!pair.lookup.length) return undefined;
  let found: Item | undefined;
  store.forEach((item) => {
    if (!found && inScope(item, pair, scope) && pair.lookup.some((field) => item.doc[field] === id)) found = item;
  });
  return found;
}

export function idOf(pair: Pair, item: Item): string {
  return String(item.doc[pair.identity]);
}

export function putItem(stores: Stores, pair: Pair, item: Item): void {
  storeOf(stores, pair.store).set(keyOfItem(pair, item), item);
}

/** Called with every item removed, a cascade's included (device state lives beside the store). */
export type RemovalHook = (pair: Pair, item: Item) => void;

/**
 * Removes the item and, recursively, every item whose scope names it (an
 * application's devices, data tables and their rows, …).
 */
export function removeItem(stores: Stores, pair: Pair, item: Item, onRemove?: RemovalHook): void {
  const id = idOf(pair, item);
  storeOf(stores, pair.store).delete(keyOfItem(pair, item));
  if (onRemove) onRemove(pair, item);
  for (const child of pair.children) {
    const doomed: Item[] = [];
    storeOf(stores, child.store).forEach((candidate) => {
      if (sameId(parentOf(child, candidate, pair.idParam), id)) doomed.push(candidate);
    });
    for (const candidate of doomed) removeItem(stores, child, candidate, onRemove);
  }
}

/** The pair a store's items are written back under in a seed: the first that uses it (the top-level one when shared). */
export function primaryPair(store: string): Pair {
  const pairs = model().stores.get(store) as Pair[];
  return pairs.filter((p) => p.name === store)[0] || pairs[0];
}
