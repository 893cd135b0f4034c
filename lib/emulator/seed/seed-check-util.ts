/** Small helpers shared by the seed checks: each failure names the field, never its value. */
import { schemas } from '../../generated/schemas/index';
import { checkSchema as check } from '../../validation/check';
import { describe } from '../../validate';

export type Json = Record<string, unknown>;
/** Each id (or name) seen so far, with the field that first used it: a repeat names that field, not the value. */
export type Seen = Map<string, string>;

export const ID = /^[A-Fa-f\d]{24}$/;

export function fail(field: string, why: string): never {
  throw new Error(`Invalid seed: ${field} ${why}`);
}

export { isObject } from '../state/store';

export function list(value: unknown, field: string): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(field, 'must be an array');
  return value as unknown[];
}

/** Checks `value` against schemas/<name>.json with the client's own validator, naming the first bad field. */
export function checkSchema(name: string, value: unknown, field: string): void {
  const issue = check(schemas[name], value);
  if (issue) throw new Error(`Invalid seed: ${describe(field, issue).message}`);
}

export function unique(seen: Seen, value: string, field: string): void {
  const first = seen.get(value);
  if (first !== undefined) fail(field, `repeats ${first}`);
  seen.set(value, field);
}
