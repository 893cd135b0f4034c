/**
 * One walk through a paged list: sends the action page by page (the method itself, so
 * each request is exactly the one a caller paging by hand would send), gives each item
 * once, watches `totalCount` for a list that changes under it, and stops at the last
 * page, at the caller's bounds, at the walk's deadline or on the caller's signal.
 */
import type { PagingSpec } from '../actions/types';
import { LosantError } from '../errors';
import { listChanged, pageFailure, Progress, walkTimeout } from './failure';
import type { WalkOptions } from './options';
import { PageSignal } from './page-signal';
import { idOf, Position, startPosition } from './positions';
import { SeenIds } from './seen-ids';

type Params = Record<string, unknown>;
type Send = (params: Params, options: unknown) => Promise<unknown>;

export interface WalkPlan extends WalkOptions {
  /** `devices.get`, for messages. */
  readonly label: string;
  readonly send: Send;
  readonly params: Params;
  readonly paging: PagingSpec;
  /** The promise form: keep every item (and every id); the iterator keeps none. */
  readonly keepItems: boolean;
}

/** Steps back after a shrinking list at most this many times more than the list has pages: a list that never stops changing ends the walk. */
const SPARE_CATCH_UPS = 10;

export class Walk {
  pages = 0;
  items = 0;
  /** The items read so far (the promise form). */
  readonly kept: unknown[] = [];
  private finished = false;
  private readonly position: Position;
  private readonly seen: SeenIds;
  private total: number | undefined;
  private catchUps = 0;
  private deadline = 0;

  constructor(private readonly plan: WalkPlan) {
    this.position = startPosition(plan.paging, plan.params);
    this.seen = new SeenIds(plan.keepItems ? Infinity : 0);
  }

  /** The next page's answer, holding only items not given before; undefined when the walk is over. */
  async next(): Promise<Params | undefined> {
    const { maxItems, maxPages } = this.plan.limits;
    while (!this.finished) {
      if (this.pages >= maxPages || this.items >= maxItems) break;
      const answer = (await this.fetch()) as Params | null;
      this.pages++;
      if (answer === null || typeof answer !== 'object' || !Array.isArray(answer.items)) {
        const error = new LosantError('the answer holds no `items` list', { type: 'InvalidResponse', code: 'ERR_NOT_A_LIST' });
        throw this.fail(pageFailure(error, this.progress()));
      }
      const items = answer.items as unknown[];
      const shrunk = this.position.byPlace ? this.watchTotal(answer.totalCount, items) : 0;
      const fresh = this.fresh(items);
      let more: boolean;
      try {
        more = this.position.advance(answer, items, shrunk);
      } catch (err) {
        throw this.fail(pageFailure(err, this.progress()));
      }
      if (!more) this.finished = true;
      // A page read again to catch up may hold nothing new: read on rather than give an empty page.
      if (fresh.length || this.pages === 1) return fresh === items ? answer : withItems(answer, fresh);
    }
    this.finished = true;
    return undefined;
  }

  private async fetch(): Promise<unknown> {
    const { limits, pageOptions } = this.plan;
    let signal: PageSignal | undefined;
    if (limits.timeout) {
      const now = Date.now();
      if (!this.deadline) this.deadline = now + limits.timeout;
      if (now >= this.deadline) throw this.fail(walkTimeout(limits.timeout, undefined, this.progress()));
      signal = new PageSignal(limits.signal, this.deadline - now);
    }
    const pageSignal = signal || limits.signal;
    const options = pageSignal ? { ...pageOptions, signal: pageSignal } : pageOptions;
    try {
      return await this.plan.send(this.position.params(), options);
    } catch (err) {
      throw this.fail(signal && signal.timedOut ? walkTimeout(limits.timeout, err, this.progress()) : pageFailure(err, this.progress()));
    } finally {
      if (signal) signal.release();
    }
  }

  /** How many items the list lost since the page before (0 when it did not shrink), by `totalCount`. */
  private watchTotal(total: unknown, items: readonly unknown[]): number {
    if (typeof total !== 'number') return 0;
    const before = this.total;
    this.total = total;
    if (before === undefined || before === total) return 0;
    const change = total - before;
    // Repeats are told apart by id; without one, a moved list cannot be read right.
    if (items.some((item) => idOf(item) === undefined)) {
      throw this.fail(listChanged(`the list changed while it was read (totalCount ${before} → ${total}) and its items have no id to tell repeats apart`, this.progress()));
    }
    const size = this.position.size || items.length;
    this.seen.keepAtLeast(2 * size + Math.abs(change));
    if (change > 0) return 0;
    if (++this.catchUps > SPARE_CATCH_UPS + Math.ceil(total / (size || 1))) {
      throw this.fail(listChanged(`the list kept changing while it was read (totalCount ${before} → ${total})`, this.progress()));
    }
    return -change;
  }

  /** The items of a page not given before, up to `maxItems`; the page's own array when that is all of them. */
  private fresh(items: unknown[]): unknown[] {
    const size = this.position.size || items.length;
    this.seen.keepAtLeast(2 * size);
    const out: unknown[] = [];
    for (let i = 0; i < items.length && this.items < this.plan.limits.maxItems; i++) {
      const id = idOf(items[i]);
      if (id !== undefined && !this.seen.add(id)) continue;
      out.push(items[i]);
      this.items++;
      if (this.plan.keepItems) this.kept.push(items[i]);
    }
    return out.length === items.length ? items : out;
  }

  private progress(): Progress {
    return { label: this.plan.label, pages: this.pages, items: this.items, partial: this.plan.keepItems ? this.kept : [] };
  }

  private fail(error: unknown): unknown {
    this.finished = true;
    return error;
  }
}

/** The page's answer as it came, with only the items not given before (and their `count`). */
function withItems(answer: Params, items: unknown[]): Params {
  const page: Params = { ...answer, items };
  if (typeof answer.count === 'number') page.count = items.length;
  return page;
}
