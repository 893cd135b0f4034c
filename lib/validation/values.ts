/** What the checker asks of a value: its JSON type, JSON equality, and patterns compiled once. */

type Json = { [key: string]: unknown };

const regexCache = new Map<string, RegExp>();
export function regex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    regexCache.set(pattern, re);
  }
  return re;
}

/** The JSON type of a value; a non-integer number is `number`, NaN and the infinities are no JSON type. */
export function typeOf(data: unknown): string {
  if (data === null) return 'null';
  if (Array.isArray(data)) return 'array';
  const t = typeof data;
  if (t === 'number') return Number.isInteger(data as number) ? 'integer' : isFinite(data as number) ? 'number' : 'non-finite';
  return t;
}

export function typeMatches(type: string, actual: string): boolean {
  return type === actual || (type === 'number' && actual === 'integer');
}

/** JSON equality (enum/const members and uniqueItems). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a as Json);
  const kb = Object.keys(b as Json);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && equal((a as Json)[k], (b as Json)[k]));
}
