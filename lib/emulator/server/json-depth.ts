/**
 * JSON from a request, parsed within a depth limit. Everything the emulator
 * does with a value (validate it, conform it, match a query, write the
 * state) walks it recursively, so a value nested deeply enough overflows the
 * stack: once stored, every list and `snapshot()` failed with it. Text nested
 * more than MAX_JSON_DEPTH levels (the limit of the platform's documents in
 * MongoDB) is refused with a 400 before it is parsed, so nothing deeper ever
 * reaches validation or the state, whatever the validator does.
 */
import { invalid } from './api-error';

export const MAX_JSON_DEPTH = 100;

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN = [123, 91];
const CLOSE = [125, 93];

/** Whether the JSON text nests objects and arrays more than `max` levels (brackets inside strings are text). */
export function nestsDeeper(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) {
      inString = true;
    } else if (c === OPEN[0] || c === OPEN[1]) {
      if (++depth > max) return true;
    } else if (c === CLOSE[0] || c === CLOSE[1]) {
      depth--;
    }
  }
  return false;
}

/**
 * JSON.parse within the limit. `what` names the value in messages (`Request body`, `query`);
 * `malformed` is the message for text that is not JSON, which never quotes it (it may hold a secret).
 */
export function parseJson(text: string, what: string, malformed: string): unknown {
  // Each level takes two characters at least: a short text cannot nest too deeply (most bodies: no scan).
  if (text.length > 2 * MAX_JSON_DEPTH && nestsDeeper(text, MAX_JSON_DEPTH)) throw invalid(`${what} is nested more than ${MAX_JSON_DEPTH} levels deep`);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw invalid(malformed);
  }
}
