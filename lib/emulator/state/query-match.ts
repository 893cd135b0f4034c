/**
 * The API's advanced query format (schemas/advancedQuery.json and its
 * siblings), evaluated against documents: `$and`, `$or`, `$nor` of
 * sub-queries, and per field either a value (equality) or operators: `$eq`,
 * `$ne`, `$gt`, `$gte`, `$lt`, `$lte`, `$in`, `$nin`, `$startsWith`,
 * `$endsWith`, `$contains`, with `$ci: true` for case-insensitive strings.
 * Queries reach here already valid against their schema (the client's own
 * checks ran on them), so the shapes are known.
 *
 * Values compare as numbers when both are numbers, as times when one is a
 * date (an ISO string against a number of ms), and otherwise as strings.
 */
import type { Json } from './store';

/** Reads a field of a document; may answer for fields the document does not hold as such (`connectionStatus`). */
export type FieldReader = (doc: Json, field: string) => unknown;
/** Decides a field the plain rules cannot (device `tags`); undefined to let them. */
export type SpecialField = (doc: Json, field: string, condition: unknown) => boolean | undefined;

export interface MatchOptions {
  read?: FieldReader;
  special?: SpecialField;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d/;

function comparable(a: unknown, b: unknown, ci: boolean): [unknown, unknown] {
  if (typeof a === 'number' && typeof b === 'number') return [a, b];
  if (typeof a === 'string' && ISO.test(a) && typeof b === 'number') return [Date.parse(a), b];
  if (typeof b === 'string' && ISO.test(b) && typeof a === 'number') return [a, Date.parse(b)];
  if (a === null || a === undefined || b === null || b === undefined) return [a, b];
  const x = typeof a === 'object' ? JSON.stringify(a) : String(a);
  const y = typeof b === 'object' ? JSON.stringify(b) : String(b);
  return ci ? [x.toLowerCase(), y.toLowerCase()] : [x, y];
}

function equal(a: unknown, b: unknown, ci: boolean): boolean {
  if ((a === undefined || a === null) && (b === undefined || b === null)) return true;
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === b;
  const [x, y] = comparable(a, b, ci);
  return x === y;
}

function order(a: unknown, b: unknown, ci: boolean): number | undefined {
  if (a === undefined || a === null || b === undefined || b === null) return undefined;
  const [x, y] = comparable(a, b, ci);
  return (x as number | string) < (y as number | string) ? -1 : (x as number | string) > (y as number | string) ? 1 : 0;
}

function text(value: unknown, ci: boolean): string | undefined {
  if (value === undefined || value === null || typeof value === 'object') return undefined;
  return ci ? String(value).toLowerCase() : String(value);
}

function operators(value: unknown, ops: Json): boolean {
  const ci = ops.$ci === true;
  const cmp = (operand: unknown) => order(value, operand, ci);
  const t = text(value, ci);
  const arg = (name: string) => (ci ? String(ops[name]).toLowerCase() : String(ops[name]));
  for (const op of Object.keys(ops)) {
    const operand = ops[op];
    let ok = true;
    switch (op) {
      case '$ci': break;
      case '$eq': ok = equal(value, operand, ci); break;
      case '$ne': ok = !equal(value, operand, ci); break;
      case '$gt': ok = cmp(operand) === 1; break;
      case '$gte': ok = cmp(operand) === 1 || cmp(operand) === 0; break;
      case '$lt': ok = cmp(operand) === -1; break;
      case '$lte': ok = cmp(operand) === -1 || cmp(operand) === 0; break;
      case '$in': ok = (operand as unknown[]).some((o) => equal(value, o, ci)); break;
      case '$nin': ok = !(operand as unknown[]).some((o) => equal(value, o, ci)); break;
      case '$startsWith': ok = t !== undefined && t.indexOf(arg(op)) === 0; break;
      case '$endsWith': ok = t !== undefined && t.length >= arg(op).length && t.slice(t.length - arg(op).length) === arg(op); break;
      case '$contains': ok = t !== undefined && t.indexOf(arg(op)) !== -1; break;
      default: ok = false;
    }
    if (!ok) return false;
  }
  return true;
}

/** Only a document's own fields: a column named `constructor` is data, not Object's constructor. */
export const ownField: FieldReader = (doc, field) => (Object.prototype.hasOwnProperty.call(doc, field) ? doc[field] : undefined);

const isOperators = (v: unknown): v is Json =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as Json).every((k) => k.charAt(0) === '$');

/** Whether `doc` satisfies `query` (an empty or absent query matches everything). */
export function matchesQuery(doc: Json, query: unknown, options: MatchOptions = {}): boolean {
  if (query === undefined || query === null) return true;
  const q = query as Json;
  const read = options.read || ownField;
  for (const field of Object.keys(q)) {
    const condition = q[field];
    if (field === '$and') {
      if (!(condition as unknown[]).every((sub) => matchesQuery(doc, sub, options))) return false;
    } else if (field === '$or') {
      if (!(condition as unknown[]).some((sub) => matchesQuery(doc, sub, options))) return false;
    } else if (field === '$nor') {
      if ((condition as unknown[]).some((sub) => matchesQuery(doc, sub, options))) return false;
    } else {
      const decided = options.special ? options.special(doc, field, condition) : undefined;
      if (decided !== undefined) {
        if (!decided) return false;
        continue;
      }
      const value = read(doc, field);
      if (!(isOperators(condition) && Object.keys(condition).length ? operators(value, condition) : equal(value, condition, false))) return false;
    }
  }
  return true;
}
