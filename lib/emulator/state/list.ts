/**
 * Lists as the API answers them: filtered (`filterField` + `filter`, a
 * case-insensitive glob where `*` matches anything), sorted (`sortField`,
 * `sortDirection`; a dotted field reads a nested value), then cut into a
 * page (`page` from 0 and `perPage`, `offset` and `limit`, or the items after
 * `startingAfterId` and before `endingBeforeId`, `limit` of them, with `hasMore`),
 * with `count` (items on this page) and `totalCount` (items that pass the filter).
 */
import { queryDefaults } from '../../generated/resources/defaults';
import type { Context } from '../access/context';
import { invalid } from '../server/api-error';
import { globMatcher } from './glob';
import type { Json } from './store';

/** The action's documented query defaults (`perPage` 100, `sortField` name, …): the params leave them out. */
export function queryDefaultsOf(ctx: Context): Json {
  return (queryDefaults[ctx.resource] || {})[ctx.action] || {};
}

/** The caller's params over the action's documented query defaults: what a list answer is cut by. */
export function listParams(ctx: Context): Json {
  return { ...queryDefaultsOf(ctx), ...ctx.params };
}

export interface ListRequest {
  /** The action's params, with the documented defaults applied. */
  params: Json;
  /** The parameters the action takes: only those take effect (and are echoed). */
  accepts: string[];
}

/** The most items one page may hold, as on the platform. */
export const MAX_PER_PAGE = 1000;

export function count(params: Json, name: string, fallback: number, max = Infinity): number {
  const value = params[name];
  if (value === undefined || value === '') return fallback;
  const text = String(value);
  if (!/^\d{1,9}$/.test(text)) throw invalid(`${name} must be a non-negative integer`);
  const n = Number(text);
  if (n > max) throw invalid(`${name} must be at most ${max}`);
  return n;
}

/** A dotted path's value (`certificateInfo.commonName`), or undefined. */
export function fieldValue(doc: Json, field: string): unknown {
  let value: unknown = doc;
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Json)[part];
  }
  return value;
}

/** Orders values: absent first, then numbers and booleans by value, then strings case-insensitively. */
export function compareValues(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' || typeof v === 'boolean' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 0) return 0;
  if (rank(a) === 1) return Number(a) - Number(b);
  const x = (typeof a === 'string' ? a : JSON.stringify(a)).toLowerCase();
  const y = (typeof b === 'string' ? b : JSON.stringify(b)).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function sortDocs(docs: Json[], field: string, direction: unknown): Json[] {
  const sign = String(direction).toLowerCase() === 'desc' ? -1 : 1;
  // Stable: equal values keep their creation order, whichever the direction.
  return docs.map((doc, i) => ({ doc, i }))
    .sort((a, b) => sign * compareValues(fieldValue(a.doc, field), fieldValue(b.doc, field)) || a.i - b.i)
    .map((e) => e.doc);
}

/** The list answer's fields (without conforming them to the list schema). */
export function listPage(docs: Json[], req: ListRequest): Json {
  const p = req.params;
  const takes = (name: string) => req.accepts.indexOf(name) !== -1;
  let selected = docs;
  if (takes('filter') && typeof p.filter === 'string' && p.filter !== '') {
    const match = globMatcher(p.filter);
    const field = typeof p.filterField === 'string' && p.filterField ? p.filterField : 'name';
    selected = selected.filter((doc) => match(fieldValue(doc, field)));
  }
  const sortField = takes('sortField') ? p.sortField : takes('sortColumn') ? p.sortColumn : undefined;
  if (typeof sortField === 'string' && sortField) selected = sortDocs(selected, sortField, p.sortDirection);
  const answer: Json = { totalCount: selected.length };
  if (takes('perPage') || takes('page')) {
    const perPage = count(p, 'perPage', 100, MAX_PER_PAGE);
    const page = count(p, 'page', 0);
    selected = selected.slice(page * perPage, (page + 1) * perPage);
    answer.perPage = perPage;
    answer.page = page;
  } else if (takes('startingAfterId')) {
    const window = cursorWindow(selected, p);
    selected = window.items;
    answer.limit = window.limit;
    answer.hasMore = window.hasMore;
  } else if (takes('limit') || takes('offset')) {
    const limit = count(p, 'limit', selected.length);
    const offset = count(p, 'offset', 0);
    selected = selected.slice(offset, offset + limit);
    if (takes('limit')) answer.limit = limit;
    if (takes('offset')) answer.offset = offset;
  }
  for (const name of ['filter', 'filterField', 'sortField', 'sortColumn', 'sortDirection']) {
    if (takes(name) && typeof p[name] === 'string') answer[name] = p[name];
  }
  answer.count = selected.length;
  answer.items = selected;
  return answer;
}

/**
 * The items strictly after `startingAfterId` and before `endingBeforeId` (each an item's
 * `id`; left out or blank: from the start, to the end), `limit` of them. An id that is no
 * item of the list is refused (400) rather than read as the start: a walk whose last item
 * was deleted is told so, not sent back to the first page.
 */
function cursorWindow(docs: Json[], p: Json): { items: Json[]; limit: number; hasMore: boolean } {
  const indexOf = (name: string): number | undefined => {
    const id = p[name];
    if (id === undefined || id === '') return undefined;
    const index = docs.findIndex((doc) => fieldValue(doc, 'id') === id);
    if (index === -1) throw invalid(`${name} ${String(id)} is not an item of this list`);
    return index;
  };
  const after = indexOf('startingAfterId');
  const before = indexOf('endingBeforeId');
  const from = after === undefined ? 0 : after + 1;
  const to = before === undefined ? docs.length : Math.max(before, from);
  const limit = count(p, 'limit', to - from, MAX_PER_PAGE);
  return { items: docs.slice(from, Math.min(to, from + limit)), limit, hasMore: from + limit < to };
}
