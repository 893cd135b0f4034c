/**
 * The types of `client.paginate`. The generator declares each paged action (one whose
 * params and answer show a paging shape, scripts/lib/paging.mjs) as a `PagedMethod`, so
 * that `paginate` takes those and only those, and types the items from the answer's
 * `items` with no annotation: `client.paginate(client.devices.get, …)` is a `Device[]`.
 */
import type { CallOptions } from '../options';
import type { ActionMethod, Callback } from '../types';

// `Symbol.asyncIterator` below: the bundled declarations start with a `lib` reference to
// es2018.asynciterable (rollup.config.js), so a consumer whose own `lib` predates ES2018
// still compiles them, as @types/node does for its own async iterators.

/** How an action pages: `page` + `perPage`, `offset` + `limit`, or `startingAfterId` + `limit`. */
export type PagingShape = 'page' | 'offset' | 'cursor';

/** A type-only mark (no such property exists at run time): what sets a paged action apart. */
declare const pagedAction: unique symbol;

/** An action that reads a list page by page: what `client.paginate` reads whole. */
export interface PagedMethod<P, R, S extends PagingShape = PagingShape> extends ActionMethod<P, R> {
  readonly [pagedAction]: S;
}

/** The type of one item of a list answer (`Device` for `Devices`). */
export type PageItem<R> = R extends { items?: ReadonlyArray<infer I> } ? I : never;

/** The options of `client.paginate`: the call options each page is sent with, and the walk's own. */
export interface PaginateOptions extends CallOptions {
  /** Milliseconds for the whole walk, every page and retry included (the client's `timeout` still bounds each attempt). */
  timeout?: number;
  /** Stops the walk (the current page's request included) when it aborts. */
  signal?: CallOptions['signal'];
  /** Read no more than this many items (a whole number from 1); the last page read is cut to fit. */
  maxItems?: number;
  /** Send no more than this many requests (a whole number from 1). */
  maxPages?: number;
}

/**
 * The pages of a list, one action answer each, in order: `for await (const page of it)`
 * (Node 10 and later), or `await it.next()` anywhere. Leaving the loop early (`break`)
 * sends no further request.
 */
export interface PageIterator<R> {
  next(): Promise<IteratorResult<R>>;
  /** Ends the walk: no further request is sent. */
  return(): Promise<IteratorResult<R>>;
  [Symbol.asyncIterator](): PageIterator<R>;
}

/**
 * `P`, in a place TypeScript does not infer `P` from: the params type comes from the method
 * alone, so the params are checked against it as a direct call's are (a misspelt `perPge`
 * is an error), on every TypeScript release (3.9 has no built-in `NoInfer`).
 */
export type ParamsOf<P> = [P][P extends unknown ? 0 : never];

/** `client.paginate`: every item of a paged action's list, read page by page. */
export interface Paginate {
  <P, R>(method: PagedMethod<P, R>, params: ParamsOf<P>, callback: Callback<Array<PageItem<R>>>): void;
  <P, R>(method: PagedMethod<P, R>, params: ParamsOf<P>, options: PaginateOptions | undefined, callback: Callback<Array<PageItem<R>>>): void;
  <P, R>(method: PagedMethod<P, R>, params: ParamsOf<P>, options?: PaginateOptions): Promise<Array<PageItem<R>>>;
  /** The list's pages as an async iterator, read one request at a time as you ask for them. */
  iterator<P, R>(method: PagedMethod<P, R>, params: ParamsOf<P>, options?: PaginateOptions): PageIterator<R>;
}
