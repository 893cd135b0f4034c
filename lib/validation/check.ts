/**
 * Checks a value against a JSON Schema (draft-07) compiled at build time into a
 * SchemaDocument (scripts/build-validators.mjs). An interpreter rather than generated
 * code: the API's request schemas take about 0.7 MB as data and about 15 MB as Ajv
 * standalone code, and a user should not download or load that to send a device state.
 *
 * It reports the first problem found, in Ajv's error shape (keyword, instancePath,
 * params), keyword by keyword in Ajv's order, so messages read the same whichever
 * validator made them. The value is checked as it will be sent: `toJSON()` is applied
 * (a Date is its ISO string) and properties whose value is undefined do not exist.
 */
import { MAX_DEPTH, stackSafe, tooDeep } from './depth';
import { codePointLength, FORMATS } from './formats';
import { equal, regex, typeMatches, typeOf } from './values';
import type { SchemaDocument, SchemaNode, ValidationIssue } from './types';

type Json = { [key: string]: unknown };

interface Walk {
  doc: SchemaDocument;
  /** Property names and indexes from the root to the current value. */
  path: Array<string | number>;
  /** Objects and arrays on the current path: a value met again is a cycle JSON cannot carry. */
  ancestors: unknown[];
}

export function checkSchema(doc: SchemaDocument, data: unknown): ValidationIssue | undefined {
  return stackSafe(() => check(doc.root, data, { doc, path: [], ancestors: [] }));
}

function issue(walk: Walk, keyword: string, params: Json, message?: string): ValidationIssue {
  const instancePath = walk.path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  return { instancePath, keyword, params, message };
}

function check(node: SchemaNode, value: unknown, walk: Walk): ValidationIssue | undefined {
  if (node === true) return undefined;
  if (node === false) return issue(walk, 'false schema', {}, 'is not allowed');
  let data = value;
  if (data !== null && typeof data === 'object' && typeof (data as { toJSON?: unknown }).toJSON === 'function') {
    data = (data as { toJSON(): unknown }).toJSON();
  }
  const s = node as Json;
  if (typeof s.$ref === 'string') {
    const problem = followRef(s.$ref, data, walk);
    if (problem) return problem;
  }
  const actual = typeOf(data);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => typeMatches(t, actual))) return issue(walk, 'type', { type: types.join(',') });
  }
  if (s.const !== undefined && !equal(data, s.const)) return issue(walk, 'const', { allowedValue: s.const });
  if (Array.isArray(s.enum) && !s.enum.some((e) => equal(data, e))) return issue(walk, 'enum', { allowedValues: s.enum });
  const combined = combinators(s, data, walk);
  if (combined) return combined;
  if (actual === 'integer' || actual === 'number') return numberRules(s, data as number, walk);
  if (actual === 'string') return stringRules(s, data as string, walk);
  if (actual === 'array' || actual === 'object') {
    if (walk.ancestors.length >= MAX_DEPTH) return tooDeep();
    if (walk.ancestors.indexOf(data) !== -1) return issue(walk, 'circular', {}, 'refers to itself (JSON cannot carry a cycle)');
    walk.ancestors.push(data);
    const problem = actual === 'array' ? arrayRules(s, data as unknown[], walk) : objectRules(s, data as Json, walk);
    walk.ancestors.pop();
    return problem;
  }
  return undefined;
}

function followRef(ref: string, data: unknown, walk: Walk): ValidationIssue | undefined {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const doc = !file || file === `${walk.doc.name}.json` ? walk.doc : walk.doc.refs[file];
  if (!doc) throw new Error(`schema ${walk.doc.name}: unresolved $ref ${ref}`);
  let target: unknown = doc.root;
  const pointer = hash === -1 ? '' : ref.slice(hash + 1);
  for (const part of pointer.split('/').slice(1)) {
    target = (target as Json)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  const outer = walk.doc;
  walk.doc = doc;
  const problem = check(target as SchemaNode, data, walk);
  walk.doc = outer;
  return problem;
}

function combinators(s: Json, data: unknown, walk: Walk): ValidationIssue | undefined {
  if (s.not !== undefined && !check(s.not as SchemaNode, data, walk)) return issue(walk, 'not', {});
  if (Array.isArray(s.anyOf)) {
    const problems = s.anyOf.map((sub) => check(sub as SchemaNode, data, walk));
    if (problems.every(Boolean)) return closest(problems as ValidationIssue[], walk) || issue(walk, 'anyOf', {});
  }
  if (Array.isArray(s.oneOf)) {
    const problems = s.oneOf.map((sub) => check(sub as SchemaNode, data, walk));
    const passing = problems.map((p, i) => (p ? -1 : i)).filter((i) => i !== -1);
    if (passing.length === 0) return closest(problems as ValidationIssue[], walk) || issue(walk, 'oneOf', { passingSchemas: null });
    if (passing.length > 1) return issue(walk, 'oneOf', { passingSchemas: passing.slice(0, 2) });
  }
  if (Array.isArray(s.allOf)) {
    for (const sub of s.allOf) {
      const problem = check(sub as SchemaNode, data, walk);
      if (problem) return problem;
    }
  }
  return undefined;
}

/**
 * When every alternative failed, the one that failed deepest in the value (past its
 * type check) is almost always the one the caller meant: report its problem.
 */
function closest(problems: ValidationIssue[], walk: Walk): ValidationIssue | undefined {
  const here = issue(walk, '', {}).instancePath;
  const deeper = problems.filter((p) => p.instancePath !== here || (p.keyword !== 'type' && p.keyword !== 'oneOf' && p.keyword !== 'anyOf'));
  return deeper.length === 1 ? deeper[0] : undefined;
}

function numberRules(s: Json, n: number, walk: Walk): ValidationIssue | undefined {
  if (typeof s.maximum === 'number' && !(n <= s.maximum)) return issue(walk, 'maximum', { comparison: '<=', limit: s.maximum });
  if (typeof s.minimum === 'number' && !(n >= s.minimum)) return issue(walk, 'minimum', { comparison: '>=', limit: s.minimum });
  if (typeof s.exclusiveMaximum === 'number' && !(n < s.exclusiveMaximum)) return issue(walk, 'exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum });
  if (typeof s.exclusiveMinimum === 'number' && !(n > s.exclusiveMinimum)) return issue(walk, 'exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum });
  if (typeof s.multipleOf === 'number' && !Number.isInteger(n / s.multipleOf)) return issue(walk, 'multipleOf', { multipleOf: s.multipleOf });
  return undefined;
}

function stringRules(s: Json, str: string, walk: Walk): ValidationIssue | undefined {
  if (typeof s.maxLength === 'number' && codePointLength(str) > s.maxLength) return issue(walk, 'maxLength', { limit: s.maxLength });
  if (typeof s.minLength === 'number' && codePointLength(str) < s.minLength) return issue(walk, 'minLength', { limit: s.minLength });
  if (typeof s.pattern === 'string' && !regex(s.pattern).test(str)) return issue(walk, 'pattern', { pattern: s.pattern });
  if (typeof s.format === 'string' && FORMATS[s.format] && !FORMATS[s.format](str)) return issue(walk, 'format', { format: s.format });
  return undefined;
}

function arrayRules(s: Json, list: unknown[], walk: Walk): ValidationIssue | undefined {
  if (typeof s.maxItems === 'number' && list.length > s.maxItems) return issue(walk, 'maxItems', { limit: s.maxItems });
  if (typeof s.minItems === 'number' && list.length < s.minItems) return issue(walk, 'minItems', { limit: s.minItems });
  if (s.uniqueItems === true) {
    for (let j = 1; j < list.length; j++) {
      for (let i = 0; i < j; i++) if (equal(list[i], list[j])) return issue(walk, 'uniqueItems', { i, j });
    }
  }
  const tuple = Array.isArray(s.items) ? (s.items as SchemaNode[]) : undefined;
  for (let i = 0; i < list.length; i++) {
    const sub = tuple ? (i < tuple.length ? tuple[i] : (s.additionalItems as SchemaNode | undefined)) : (s.items as SchemaNode | undefined);
    if (sub === undefined) continue;
    walk.path.push(i);
    const problem = check(sub, list[i], walk);
    walk.path.pop();
    if (problem) return problem;
  }
  if (s.contains !== undefined && !list.some((item) => !check(s.contains as SchemaNode, item, walk))) return issue(walk, 'contains', {});
  return undefined;
}

function objectRules(s: Json, obj: Json, walk: Walk): ValidationIssue | undefined {
  // A property whose value is undefined is not sent (JSON.stringify drops it), so it does not exist here.
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined);
  if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) return issue(walk, 'maxProperties', { limit: s.maxProperties });
  if (typeof s.minProperties === 'number' && keys.length < s.minProperties) return issue(walk, 'minProperties', { limit: s.minProperties });
  if (Array.isArray(s.required)) {
    for (const name of s.required as string[]) {
      if (obj[name] === undefined) return issue(walk, 'required', { missingProperty: name });
    }
  }
  const props = (s.properties || {}) as { [name: string]: SchemaNode };
  const patternMap = (s.patternProperties || {}) as { [pattern: string]: SchemaNode };
  const patterns = Object.keys(patternMap);
  // Ajv's order: propertyNames, additionalProperties, properties (schema order), patternProperties.
  for (const key of keys) {
    if (s.propertyNames !== undefined) {
      const problem = check(s.propertyNames as SchemaNode, key, walk);
      if (problem) return problem;
    }
    if (s.additionalProperties === undefined || s.additionalProperties === true) continue;
    if (Object.prototype.hasOwnProperty.call(props, key) || patterns.some((p) => regex(p).test(key))) continue;
    if (s.additionalProperties === false) return issue(walk, 'additionalProperties', { additionalProperty: key });
    const problem = at(walk, key, s.additionalProperties as SchemaNode, obj[key]);
    if (problem) return problem;
  }
  for (const key of Object.keys(props)) {
    if (obj[key] === undefined || !Object.prototype.hasOwnProperty.call(obj, key)) continue;
    const problem = at(walk, key, props[key], obj[key]);
    if (problem) return problem;
  }
  for (const pattern of patterns) {
    for (const key of keys) {
      if (!regex(pattern).test(key)) continue;
      const problem = at(walk, key, patternMap[pattern], obj[key]);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** Checks one property's value, with the property name on the path. */
function at(walk: Walk, key: string, node: SchemaNode, value: unknown): ValidationIssue | undefined {
  walk.path.push(key);
  const problem = check(node, value, walk);
  walk.path.pop();
  return problem;
}
