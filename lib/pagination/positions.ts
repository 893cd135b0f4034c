/**
 * Where a walk stands in a list, for each paging shape: the params of the next request
 * (the caller's own for the first, then those with the next `page`, `offset` or
 * `startingAfterId`: what a caller paging by hand would send) and whether the answer
 * just read was the last page.
 *
 * `page` and `offset` lists address items by position, so an item removed before the
 * position moves the rest back: the walk is told how far the list shrank (by its
 * `totalCount`) and steps back as far, reading again what moved (walk.ts drops the
 * repeats by id). A `cursor` list continues after the last item's id, which no change
 * elsewhere in the list moves.
 */
import type { PagingSpec } from '../actions/types';
import { LosantError, validationError } from '../errors';

type Params = Record<string, unknown>;

export interface Position {
  /** Whether items are reached by their place in the list (which a change before it moves). */
  readonly byPlace: boolean;
  /** The page size, once known (the answer's, the caller's, or the documented default). */
  readonly size: number;
  /** The params of the next request. */
  params(): Params;
  /** Takes the answer to that request; false when it was the last page. `shrunk`: how many items the list lost since the answer before. */
  advance(answer: Params, items: readonly unknown[], shrunk: number): boolean;
}

/** A paging parameter the caller gave: a whole number (or its digits), from `min`; undefined when not given. */
function wholeParam(params: Params, name: string, min: number): number | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= min) return n;
  throw validationError(name, `must be a whole number from ${min} to read the list from it`);
}

const sizeIn = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);

/** The id of an item, which tells it apart from the others (also the cursor of `cursor` lists). */
export function idOf(item: unknown): string | undefined {
  if (item === null || typeof item !== 'object') return undefined;
  const id = (item as Params).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/** `page` + `perPage` and `offset` + `limit`: a window at a position, moved forward by a page. */
class WindowPosition implements Position {
  readonly byPlace = true;
  size: number;
  private first = true;
  private place: number;
  private readonly start: number;
  private readonly asked: number | undefined;

  constructor(private readonly caller: Params, private readonly byPage: boolean, fallbackSize: number | undefined) {
    const [where, howMany] = byPage ? ['page', 'perPage'] : ['offset', 'limit'];
    this.start = this.place = wholeParam(caller, where, 0) || 0;
    this.asked = wholeParam(caller, howMany, 1);
    this.size = this.asked || fallbackSize || 0;
  }

  params(): Params {
    if (this.first) return this.caller;
    const next = { ...this.caller };
    next[this.byPage ? 'page' : 'offset'] = this.place;
    return next;
  }

  advance(answer: Params, items: readonly unknown[], shrunk: number): boolean {
    this.first = false;
    // The server's page size wins: it may hold fewer than asked for.
    this.size = sizeIn(this.byPage ? answer.perPage : answer.limit) || this.asked || this.size || items.length;
    const from = this.byPage ? this.place * this.size : this.place;
    if (shrunk > 0 && this.size > 0) {
      // What moved back by `shrunk` places, into what was read before, is read again.
      const back = Math.max(from - shrunk, this.byPage ? this.start * this.size : this.start);
      this.place = this.byPage ? Math.floor(back / this.size) : back;
      return true;
    }
    this.place = this.byPage ? this.place + 1 : from + items.length;
    if (!items.length) return false;
    const total = answer.totalCount;
    return typeof total === 'number' ? from + items.length < total : items.length >= this.size;
  }
}

/** `startingAfterId` + `limit`, with `hasMore`: each page starts after the last item read. */
class CursorPosition implements Position {
  readonly byPlace = false;
  size: number;
  private after: string | undefined;
  private first = true;

  constructor(private readonly caller: Params, fallbackSize: number | undefined) {
    this.size = wholeParam(caller, 'limit', 1) || fallbackSize || 0;
  }

  params(): Params {
    return this.first ? this.caller : { ...this.caller, startingAfterId: this.after };
  }

  advance(answer: Params, items: readonly unknown[]): boolean {
    this.first = false;
    this.size = sizeIn(answer.limit) || this.size || items.length;
    if (!items.length) return false;
    const more = typeof answer.hasMore === 'boolean' ? answer.hasMore : items.length >= this.size;
    if (!more) return false;
    this.after = idOf(items[items.length - 1]);
    if (this.after === undefined) {
      throw new LosantError('the last item of the page has no id to continue after', { type: 'InvalidResponse', code: 'ERR_NOT_A_LIST' });
    }
    return true;
  }
}

/** The position at the start of a walk, from the caller's params (which may set where it starts). */
export function startPosition(paging: PagingSpec, params: Params): Position {
  if (paging.shape === 'cursor') return new CursorPosition(params, paging.size);
  return new WindowPosition(params, paging.shape === 'page', paging.size);
}
