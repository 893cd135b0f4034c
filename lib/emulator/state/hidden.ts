/**
 * The fields the API shows only once (model-overrides.ts HIDDEN_FIELDS: a
 * key's secret, a token's value, …): kept in the state, where the emulator
 * itself reads them, but out of every answer and out of reach of every way a
 * caller selects items (`filterField`, `sortField`, the advanced `query`),
 * so that no answer, not even a count, depends on them.
 */
import type { Pair } from './model';
import { HIDDEN_FIELDS } from './model-overrides';
import type { Json } from './store';

export const hiddenOf = (pair: Pair): readonly string[] => HIDDEN_FIELDS[pair.store] || [];

/** The document as the caller may see it: without its hidden fields (the same object when it has none). */
export function visible(pair: Pair, doc: Json): Json {
  const hidden = hiddenOf(pair);
  if (!hidden.length) return doc;
  const copy: Json = { ...doc };
  for (const field of hidden) delete copy[field];
  return copy;
}

/**
 * Hidden fields that not even the answer to the create shows: a credential's
 * secrets, a private file's bytes, an owner its schema has no field for.
 * (A key's secret and a token's value are shown there, once.)
 */
const NEVER_SHOWN = ['secrets', 'content', 'ownerId', 'ownerType'];

/** The new item's document as the answer to its create shows it. */
export function shownOnCreate(pair: Pair, doc: Json): Json {
  const copy: Json = { ...doc };
  for (const field of hiddenOf(pair)) if (NEVER_SHOWN.indexOf(field) !== -1) delete copy[field];
  return copy;
}
