/**
 * Makes a document valid against a schema: what the emulator answers where no state
 * stands behind an action, and what tests and docs use as example bodies. Deterministic:
 * the same schema and values give the same document. Known values (the ids of the
 * request, the seed's names) are used for properties of the same name wherever the
 * schema accepts them, so an answer reads as belonging to its request.
 *
 * The result is checked against the schema before it is returned; a schema this cannot
 * satisfy (a pattern it does not know, say) is an Error, never an invalid document.
 */
import { checkSchema } from './check';
import type { SchemaDocument, SchemaNode } from './types';

type Json = { [key: string]: unknown };

export interface SynthesisOptions {
  /** Values for properties of these names, used wherever the schema accepts them. */
  values?: { readonly [property: string]: unknown };
  /** Also fill optional properties (to a limited depth), not only required ones. Default false. */
  full?: boolean;
  /** The time `date-time` strings show. Default 2016-06-13T04:00:00.000Z (the API docs' examples). */
  now?: number;
}

const DEFAULT_NOW = Date.UTC(2016, 5, 13, 4);
/** Below this depth `full` stops adding optional properties (recursive query schemas nest without end). */
const FULL_DEPTH = 4;
const ID = '575ec8687ae143cd83dc4a97';

/** Strings for the patterns the API's schemas use; a new pattern is tried against all of them. */
const PATTERN_SAMPLES: { [pattern: string]: string } = {
  '^[A-Fa-f\\d]{24}$': ID,
  '^[0-9a-zA-Z_-]{1,255}$': 'temperature',
  '.*\\{\\{.+\\}\\}.*': '{{ctx.deviceId}}',
  '^(?!\\.{1,2}$)[0-9a-zA-Z_.-]{1,255}$': 'example.name',
  '^(0|([1-9]\\d*))\\.(0|([1-9]\\d*))\\.(0|([1-9]\\d*))$': '1.0.0',
  '^data:image/(jpg|jpeg|png|svg\\+xml);base64,[0-9a-zA-Z+/=]*$': 'data:image/png;base64,',
  '^[0-9a-z-]*$': 'my-example',
  '^(?=.*[A-Z])(?=.*[^A-Za-z0-9])(?=.*[0-9])(?=.*[a-z]).{12,}$': 'Correct-Horse-9-Battery',
};

interface Walk {
  doc: SchemaDocument;
  options: SynthesisOptions;
  depth: number;
}

export function synthesize(doc: SchemaDocument, options: SynthesisOptions = {}): unknown {
  const value = make(doc.root, undefined, { doc, options, depth: 0 });
  const problem = checkSchema(doc, value);
  if (problem) throw new Error(`cannot synthesize a valid ${doc.name}: ${problem.instancePath || '/'} fails ${problem.keyword}`);
  return value;
}

function resolve(ref: string, walk: Walk): { node: SchemaNode; doc: SchemaDocument } {
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const doc = !file || file === `${walk.doc.name}.json` ? walk.doc : walk.doc.refs[file];
  let node: unknown = doc.root;
  for (const part of (hash === -1 ? '' : ref.slice(hash + 1)).split('/').slice(1)) node = (node as Json)[part];
  return { node: node as SchemaNode, doc };
}

/** Whether `value` is valid against `node` (checked in the document `node` belongs to). */
function fits(node: SchemaNode, value: unknown, walk: Walk): boolean {
  return !checkSchema({ name: walk.doc.name, root: node, refs: walk.doc.refs }, value);
}

function make(node: SchemaNode, property: string | undefined, walk: Walk): unknown {
  if (node === true) return property && walk.options.values && walk.options.values[property] !== undefined ? walk.options.values[property] : 'example';
  if (node === false) throw new Error(`${walk.doc.name}: a false schema has no valid value`);
  const s = node as Json;
  if (typeof s.$ref === 'string') {
    const target = resolve(s.$ref, walk);
    const outer = walk.doc;
    walk.doc = target.doc;
    const value = make(target.node, property, walk);
    walk.doc = outer;
    return value;
  }
  const given = property && walk.options.values ? walk.options.values[property] : undefined;
  if (given !== undefined && fits(node, given, walk)) return given;
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  for (const key of ['oneOf', 'anyOf']) {
    if (!Array.isArray(s[key])) continue;
    const rest: Json = { ...s };
    delete rest[key];
    // A branch often only adds to the schema around it (`anyOf: [{ required: ['email'] }, …]`): make both at
    // once. Minimal documents may fit several branches of a oneOf: then fuller ones tell them apart.
    const fullness = walk.options.full ? [true] : [false, true];
    for (const full of fullness) {
      for (const branch of s[key] as SchemaNode[]) {
        for (const candidate of [branch, merge(rest, branch)]) {
          const value = make(candidate, property, { ...walk, options: { ...walk.options, full } });
          if (fits(node, value, walk)) return value;
        }
      }
    }
    throw new Error(`${walk.doc.name}: no branch of ${key} gives a valid value`);
  }
  if (Array.isArray(s.allOf) && s.allOf.length) return make((s.allOf as SchemaNode[])[0], property, walk);
  const type = Array.isArray(s.type) ? (s.type as string[])[0] : (s.type as string | undefined) || guessType(s);
  switch (type) {
    case 'object': return makeObject(s, walk);
    case 'array': return makeArray(s, property, walk);
    case 'string': return makeString(s, property, walk);
    case 'integer': case 'number': return makeNumber(s);
    case 'boolean': return true;
    case 'null': return null;
    default: return 'example';
  }
}

/** The schema around a combinator together with one of its branches (properties merged, requirements joined). */
function merge(outer: Json, branch: SchemaNode): SchemaNode {
  if (typeof branch === 'boolean') return branch;
  const b = branch as Json;
  const out: Json = { ...outer, ...b };
  if (outer.properties || b.properties) out.properties = { ...(outer.properties as Json), ...(b.properties as Json) };
  if (outer.required || b.required) out.required = ((outer.required || []) as string[]).concat((b.required || []) as string[]);
  return out;
}

function guessType(s: Json): string {
  if (s.properties || s.patternProperties || s.required) return 'object';
  if (s.items) return 'array';
  return 'string';
}

function makeObject(s: Json, walk: Walk): Json {
  const out: Json = {};
  const props = (s.properties || {}) as { [name: string]: SchemaNode };
  const required = (s.required || []) as string[];
  const values = walk.options.values || {};
  const full = walk.options.full && walk.depth < FULL_DEPTH;
  walk.depth++;
  for (const name of Object.keys(props)) {
    // Optional properties: all of them in `full` mode, else those a known value is given for.
    if (required.indexOf(name) === -1 && !full && (values[name] === undefined || !fits(props[name], values[name], walk))) continue;
    out[name] = make(props[name], name, walk);
  }
  for (const name of required) if (out[name] === undefined) out[name] = make(props[name] === undefined ? true : props[name], name, walk);
  const patterns = s.patternProperties ? Object.keys(s.patternProperties as Json) : [];
  if (patterns.length && (full || (typeof s.minProperties === 'number' && Object.keys(out).length < s.minProperties))) {
    const key = sampleFor(patterns[0], 'temperature');
    out[key] = make((s.patternProperties as { [p: string]: SchemaNode })[patterns[0]], key, walk);
  }
  walk.depth--;
  return out;
}

function makeArray(s: Json, property: string | undefined, walk: Walk): unknown[] {
  const min = typeof s.minItems === 'number' ? s.minItems : 0;
  // `maxItems: 0` is published (API 1.30.0's aggregationOptions): the list must stay empty.
  const max = typeof s.maxItems === 'number' ? s.maxItems : Infinity;
  const count = Math.min(max, Math.max(min, walk.options.full && walk.depth < FULL_DEPTH ? 1 : 0));
  const out: unknown[] = [];
  walk.depth++;
  for (let i = 0; i < count; i++) {
    const sub = Array.isArray(s.items) ? (s.items as SchemaNode[])[i] : (s.items as SchemaNode | undefined);
    let item = make(sub === undefined ? true : sub, property, walk);
    // uniqueItems: vary strings and numbers so repeated items differ.
    if (s.uniqueItems && i > 0 && (typeof item === 'string' || typeof item === 'number')) item = typeof item === 'string' ? `${item}${i}` : item + i;
    out.push(item);
  }
  walk.depth--;
  return out;
}

function makeString(s: Json, property: string | undefined, walk: Walk): string {
  let value: string;
  if (s.format === 'date-time') value = new Date(walk.options.now === undefined ? DEFAULT_NOW : walk.options.now).toISOString();
  else if (s.format === 'email') value = 'example@example.com';
  else if (s.format === 'uri') value = 'https://example.com/';
  else if (typeof s.pattern === 'string') value = sampleFor(s.pattern, property);
  else value = property ? `example ${property}` : 'example';
  if (typeof s.maxLength === 'number' && value.length > s.maxLength) value = value.slice(0, s.maxLength);
  if (typeof s.minLength === 'number') while (value.length < s.minLength) value += 'x';
  return value;
}

function sampleFor(pattern: string, property: string | undefined): string {
  const re = new RegExp(pattern, 'u');
  const candidates = [PATTERN_SAMPLES[pattern], property].concat(Object.keys(PATTERN_SAMPLES).map((p) => PATTERN_SAMPLES[p]));
  for (const c of candidates) if (typeof c === 'string' && re.test(c)) return c;
  throw new Error(`no sample string known for the pattern ${pattern}`);
}

function makeNumber(s: Json): number {
  let n = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : 0;
  if (typeof s.maximum === 'number' && n > s.maximum) n = s.maximum;
  if (s.type === 'integer') n = Math.ceil(n);
  return n;
}
