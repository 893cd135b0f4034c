/**
 * Makes a document valid against a schema while keeping as much of it as the
 * schema allows: what the emulator stores and answers is always valid against
 * the documented schema, even when a create body carries fields the item
 * schema forbids or lacks fields it requires.
 *
 * A valid document is returned as is. Otherwise the top-level properties that
 * are valid where they stand are kept, the rest dropped, and what is still
 * missing is filled in by synthesis (validation/synthesize.ts), using the kept
 * values wherever they fit. A schema whose root is not a plain object schema
 * (a `oneOf` of forms) is synthesized whole, from the document's values.
 */
import { schemas } from '../../generated/schemas/index';
import { checkSchema } from '../../validation/check';
import { synthesize } from '../../validation/synthesize';
import type { SchemaDocument, SchemaNode } from '../../validation/types';
import type { Json } from './store';

type Node = { [keyword: string]: unknown };

function fits(doc: SchemaDocument, node: SchemaNode, value: unknown): boolean {
  return !checkSchema({ name: doc.name, root: node, refs: doc.refs }, value);
}

/** Whether the root accepts `name` with this value on its own (its property schema, a pattern, or additionalProperties). */
function keeps(doc: SchemaDocument, root: Node, name: string, value: unknown): boolean {
  const props = (root.properties || {}) as { [name: string]: SchemaNode };
  if (Object.prototype.hasOwnProperty.call(props, name)) return fits(doc, props[name], value);
  const patterns = (root.patternProperties || {}) as { [pattern: string]: SchemaNode };
  const matching = Object.keys(patterns).filter((p) => new RegExp(p, 'u').test(name));
  if (matching.length) return matching.every((p) => fits(doc, patterns[p], value));
  const extra = root.additionalProperties;
  return extra === undefined || extra === true || (typeof extra === 'object' && fits(doc, extra as SchemaNode, value));
}

/**
 * The documents last found valid, with the schema and their top-level fields
 * then: a stored document is answered again and again unchanged, and checking
 * it each time was the largest cost of a read. A change to the document (a
 * field set, replaced, added or removed) makes it checked again; documents are
 * only ever changed at the top level (store.ts setField, behaviours).
 */
const known = new WeakMap<object, { schema: string; fields: unknown[] }>();

/** The document's top-level fields and values, in order, for `known`. */
function fieldsOf(value: Json): unknown[] {
  const out: unknown[] = [];
  for (const name of Object.keys(value)) out.push(name, value[name]);
  return out;
}

function stillValid(schemaName: string, value: Json): boolean {
  if (value === null || typeof value !== 'object') return false;
  const seen = known.get(value);
  if (!seen || seen.schema !== schemaName) return false;
  const now = fieldsOf(value);
  return now.length === seen.fields.length && now.every((v, i) => v === seen.fields[i]);
}

export function conform(schemaName: string, value: Json, now?: number): Json {
  const doc = schemas[schemaName];
  if (stillValid(schemaName, value)) return value;
  if (!checkSchema(doc, value)) {
    if (value !== null && typeof value === 'object') known.set(value, { schema: schemaName, fields: fieldsOf(value) });
    return value;
  }
  const root = doc.root as Node;
  if (typeof root !== 'object' || root.type !== 'object') {
    return synthesize(doc, { values: value, now }) as Json;
  }
  // No prototype: a `__proto__` field is kept (or dropped) like any other, never set as one.
  const kept: Json = Object.create(null);
  for (const name of Object.keys(value)) {
    if (value[name] !== undefined && keeps(doc, root, name, value[name])) kept[name] = value[name];
  }
  if (!checkSchema(doc, kept)) return kept;
  const filled = synthesize(doc, { values: kept, now }) as Json;
  const merged: Json = { ...filled, ...kept };
  return checkSchema(doc, merged) ? filled : merged;
}
