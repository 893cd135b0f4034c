/**
 * The reason phrase of an HTTP status (`Not Found`), from Node's own table.
 * The browser build uses reason-phrase.browser.ts, a copy of the part of it
 * errors need, since browsers have no such table (and HTTP/2 answers carry
 * no statusText).
 */
import { STATUS_CODES } from 'http';

export function reasonPhrase(status: number): string | undefined {
  return STATUS_CODES[status];
}
