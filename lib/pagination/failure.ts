/**
 * The one error a failed walk settles with: a LosantError that says how far the walk
 * got (`pagesRead`, `itemsRead`, and in its message) and carries the items read and not
 * yet given to the caller (`partial`: all of them for the promise and callback forms,
 * none for the page iterator, which gave each page as it came), so that nothing read is
 * dropped silently. A page's own failure keeps its `statusCode`, `type`, `code`,
 * `request` and the answer's fields, and is the `cause`.
 */
import { isLosantError, LosantError, LosantErrorFields } from '../errors';

export interface Progress {
  readonly label: string;
  readonly pages: number;
  readonly items: number;
  readonly partial: unknown[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function finish(error: LosantError, progress: Progress): LosantError {
  error.pagesRead = progress.pages;
  error.itemsRead = progress.items;
  // Not enumerable, so that logging the error does not print every item read.
  Object.defineProperty(error, 'partial', { value: progress.partial, enumerable: false, configurable: true, writable: true });
  return error;
}

function prefix(progress: Progress): string {
  return `Reading every page of ${progress.label} stopped after ${plural(progress.pages, 'page')} and ${plural(progress.items, 'item')}`;
}

/** A page failed (or its answer was no list): that failure, with the walk's progress. */
export function pageFailure(cause: unknown, progress: Progress): unknown {
  // An exception of the caller's own (an `onRetry` hook that threw) reaches them as it is.
  if (!isLosantError(cause)) return cause;
  const fields: LosantErrorFields = { cause };
  for (const key of Object.keys(cause)) fields[key] = cause[key];
  return finish(new LosantError(`${prefix(progress)}: ${cause.message}`, fields), progress);
}

/** The walk's deadline passed (`cause`: the page it cut short, if one was in flight). */
export function walkTimeout(ms: number, cause: unknown, progress: Progress): LosantError {
  const request = isLosantError(cause) ? cause.request : undefined;
  const message = `${prefix(progress)}: the walk took longer than its timeout of ${ms} ms`;
  return finish(new LosantError(message, { type: 'Timeout', code: 'ETIMEDOUT', request, cause }), progress);
}

/** The list changed under the walk in a way it cannot make up for. */
export function listChanged(why: string, progress: Progress): LosantError {
  return finish(new LosantError(`${prefix(progress)}: ${why}`, { type: 'ListChanged', code: 'ERR_LIST_CHANGED' }), progress);
}
