/**
 * The device-specific parts of device queries: `tags` (`{ $tagKey, $tagValue }`
 * or `{ key: value }`, possibly under `$eq`/`$ne`), `attributeName`,
 * `ancestorId` (any device up the `parentId` chain), `connectionStatus`,
 * `connectedAt` and `disconnectedAt` (from `connectionInfo`), and the
 * `tagFilter` list parameter.
 */
import type { Pair } from './model';
import { matchesQuery, ownField } from './query-match';
import type { MatchOptions } from './query-match';
import { findItem } from './store';
import type { Json, Stores } from './store';

type Tag = { key?: unknown; value?: unknown };

const tagsOf = (doc: Json): Tag[] => (Array.isArray(doc.tags) ? (doc.tags as Tag[]) : []);

/** One tag condition: `{ $tagKey, $tagValue }` (either may be left out) or `{ key: value, … }` (all must be there). */
function hasTags(doc: Json, condition: Json): boolean {
  const tags = tagsOf(doc);
  if ('$tagKey' in condition || '$tagValue' in condition) {
    return tags.some((t) => (condition.$tagKey === undefined || t.key === condition.$tagKey) && (condition.$tagValue === undefined || t.value === condition.$tagValue));
  }
  return Object.keys(condition).every((k) => tags.some((t) => t.key === k && t.value === condition[k]));
}

/** The `tagFilter` list parameter: every entry must match a tag (an entry may give only a key or only a value). */
export function tagFilterMatches(doc: Json, filters: Json[]): boolean {
  return filters.every((f) => tagsOf(doc).some((t) => (f.key === undefined || t.key === f.key) && (f.value === undefined || t.value === f.value)));
}

/** Whether any of the values satisfies a plain field condition. */
function anyMatches(values: unknown[], condition: unknown): boolean {
  return values.some((v) => matchesQuery({ v } as Json, { v: condition }));
}

function connection(doc: Json): Json {
  return doc.connectionInfo !== null && typeof doc.connectionInfo === 'object' ? (doc.connectionInfo as Json) : {};
}

export function deviceQueryOptions(stores: Stores, devices: Pair): MatchOptions {
  return {
    read(doc, field) {
      const info = connection(doc);
      if (field === 'connectionStatus') return info.connected === true || info.connected === 1 ? 'connected' : 'disconnected';
      if (field === 'connectedAt') return info.connected ? info.time : undefined;
      if (field === 'disconnectedAt') return info.connected ? undefined : info.time;
      return ownField(doc, field);
    },
    special(doc, field, condition) {
      if (field === 'tags') {
        const c = condition as Json;
        if (c.$eq !== undefined) return hasTags(doc, c.$eq as Json);
        if (c.$ne !== undefined) return !hasTags(doc, c.$ne as Json);
        return hasTags(doc, c);
      }
      if (field === 'attributeName') {
        const names = (Array.isArray(doc.attributes) ? (doc.attributes as Json[]) : []).map((a) => a.name);
        return anyMatches(names, condition);
      }
      if (field === 'ancestorId') {
        const ancestors: unknown[] = [];
        let current: Json | undefined = doc;
        // Bounded: a parentId cycle in a seed must not loop forever.
        for (let depth = 0; current && typeof current.parentId === 'string' && depth < 100; depth++) {
          ancestors.push(current.parentId);
          const parent = findItem(stores, devices, { applicationId: doc.applicationId }, current.parentId);
          current = parent && parent.doc;
        }
        return anyMatches(ancestors, condition);
      }
      return undefined;
    },
  };
}
