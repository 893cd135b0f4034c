// Normalizes one published JSON Schema into the project's form (schemas/<name>.json).
//
// The published schemas carry real-world mess. Each rule below fixes one kind of it, in a
// way that keeps what the schema was meant to say; anything the rules do not recognise
// fails the import rather than being guessed at.
//
//   titled       every schema gets the title the API description gives its type
//   self-ref     "#/definitions/<own name>" with no definitions block means the schema itself: "#"
//   cross-ref    "#/definitions/<other schema>" inside another schema means that schema: "<other>.json"
//   mis-nested   a `properties` map whose values are not all schemas is a schema nested one level
//                too deep (orgInvites' items): its members are lifted into the parent
//   list-in-list a list nested inside anyOf/oneOf/allOf is read as its members (flattened)
//   unicode      a `pattern` that is not a valid Unicode regular expression (`.*{{.+}}.*`) gets its
//                literal braces escaped, which is what it matches without the `u` flag
//   numeric      size keywords given as numeric strings ("maxItems": "10") become numbers
//   draft        every schema declares draft-07
//   embedded     a copy of another published schema inside a schema (a collection's items, a
//                result wrapping an application, …), equal to it but for titles and
//                descriptions, becomes a $ref to that schema: one definition, one type name
//
// Keywords the draft does not know (`min`, `max` in a few schemas) are kept as published:
// validators ignore them, as the platform's own validator does.

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const SIZE_KEYWORDS = ['maxItems', 'minItems', 'maxLength', 'minLength', 'maxProperties', 'minProperties', 'minimum', 'maximum'];
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions'];
const SCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf'];
const SCHEMA_VALUES = ['items', 'additionalItems', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];

export const ID_BASE = 'https://losant-org-client/schemas/';

/** Draft-07's keywords; a document with none of them at its top is no schema. */
const KEYWORDS = new Set(['$schema', '$id', '$ref', '$comment', 'title', 'description', 'default', 'examples', 'type', 'enum', 'const',
  'format', 'pattern', 'multipleOf', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength',
  'items', 'additionalItems', 'minItems', 'maxItems', 'uniqueItems', 'contains', 'properties', 'patternProperties',
  'additionalProperties', 'required', 'minProperties', 'maxProperties', 'propertyNames', 'dependencies', 'definitions',
  'anyOf', 'oneOf', 'allOf', 'not', 'if', 'then', 'else', 'readOnly', 'writeOnly', 'contentMediaType', 'contentEncoding']);

/**
 * Whether a published file in schemas/ is a JSON Schema at all. apiExamples.json is not: it
 * maps schema names to example documents, uses no keyword of the draft, and no action names it
 * (1.30.0's even holds a `$ref` to `#/examples/deviceAttributes`, which names nothing).
 */
export function isJsonSchema(raw) {
  return typeof raw === 'boolean' || (isSchema(raw) && Object.keys(raw).some((k) => KEYWORDS.has(k)));
}

/**
 * @param {string} name     the schema's file name without .json
 * @param {object} raw      the published schema
 * @param {object} context  { title, names: Set of every schema name, comment }
 * @returns {{ schema: object, fixes: string[] }}
 */
export function normalizeSchema(name, raw, context) {
  const fixes = new Set();
  const body = normalize(raw, `${name}.json#`, name, context.names, fixes, hasOwnDefinition(raw));
  if (body.$schema !== DRAFT_07) fixes.add('draft');
  delete body.$schema;
  delete body.$id;
  delete body.title;
  const schema = { $schema: DRAFT_07, $id: `${ID_BASE}${name}.json`, $comment: context.comment, title: context.title, ...body };
  return { schema, fixes: [...fixes].sort() };
}

function hasOwnDefinition(raw) {
  return (name) => Boolean(raw && raw.definitions && Object.prototype.hasOwnProperty.call(raw.definitions, name));
}

function isSchema(value) {
  return typeof value === 'boolean' || (value !== null && typeof value === 'object' && !Array.isArray(value));
}

function normalize(node, at, own, names, fixes, ownDefinition) {
  if (typeof node === 'boolean') return node;
  if (!isSchema(node)) throw new Error(`${at}: expected a schema, found ${JSON.stringify(node).slice(0, 60)}`);
  const out = {};
  for (const key of Object.keys(node)) {
    const value = node[key];
    const here = `${at}/${key}`;
    if (key === '$ref') {
      out.$ref = ref(value, here, own, names, fixes, ownDefinition);
    } else if (key === 'pattern') {
      out.pattern = unicodePattern(value, here, fixes);
    } else if (SIZE_KEYWORDS.indexOf(key) !== -1 && typeof value === 'string') {
      if (!/^-?\d+(\.\d+)?$/.test(value)) throw new Error(`${here}: ${key} must be a number, found ${JSON.stringify(value)}`);
      fixes.add('numeric');
      out[key] = Number(value);
    } else if (SCHEMA_MAPS.indexOf(key) !== -1) {
      if (key === 'properties' && !Object.keys(value).every((k) => isSchema(value[k]))) {
        // Not a properties map but a whole schema one level too deep: lift it.
        fixes.add('mis-nested');
        Object.assign(out, normalize(value, here, own, names, fixes, ownDefinition));
        continue;
      }
      out[key] = {};
      for (const name of Object.keys(value)) {
        out[key][name] = normalize(value[name], `${here}/${name}`, own, names, fixes, ownDefinition);
      }
    } else if (SCHEMA_LISTS.indexOf(key) !== -1) {
      out[key] = flatten(value, here, fixes).map((s, i) => normalize(s, `${here}/${i}`, own, names, fixes, ownDefinition));
    } else if (SCHEMA_VALUES.indexOf(key) !== -1) {
      out[key] = Array.isArray(value)
        ? value.map((s, i) => normalize(s, `${here}/${i}`, own, names, fixes, ownDefinition))
        : normalize(value, here, own, names, fixes, ownDefinition);
    } else if (key === 'required' && !Array.isArray(value)) {
      throw new Error(`${here}: required must be a list of property names`);
    } else {
      out[key] = refsIn(value, here, own, names, fixes, ownDefinition);
    }
  }
  return out;
}

/**
 * A keyword the draft does not define (`min`, `max` in a few schemas) is kept as
 * data, but a `$ref` inside it is still read as a reference by every schema tool, so it
 * is rewritten by the same rules.
 */
function refsIn(value, at, own, names, fixes, ownDefinition) {
  if (Array.isArray(value)) return value.map((v, i) => refsIn(v, `${at}/${i}`, own, names, fixes, ownDefinition));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const key of Object.keys(value)) {
    out[key] = key === '$ref' && typeof value[key] === 'string'
      ? ref(value[key], `${at}/${key}`, own, names, fixes, ownDefinition)
      : refsIn(value[key], `${at}/${key}`, own, names, fixes, ownDefinition);
  }
  return out;
}

function flatten(list, at, fixes) {
  if (!Array.isArray(list)) throw new Error(`${at}: expected a list of schemas`);
  const flat = [];
  for (const item of list) {
    if (Array.isArray(item)) {
      fixes.add('list-in-list');
      flat.push(...flatten(item, at, fixes));
    } else {
      flat.push(item);
    }
  }
  return flat;
}

function ref(value, at, own, names, fixes, ownDefinition) {
  const m = /^#\/definitions\/([A-Za-z0-9]+)$/.exec(value);
  if (!m || ownDefinition(m[1])) return value;
  if (m[1] === own) {
    fixes.add('self-ref');
    return '#';
  }
  if (names.has(m[1])) {
    fixes.add('cross-ref');
    return `${m[1]}.json`;
  }
  throw new Error(`${at}: ${value} names no definition and no schema`);
}

/** The pattern as a valid Unicode regular expression that matches what the published one means. */
function unicodePattern(pattern, at, fixes) {
  if (compiles(pattern)) return pattern;
  // Without the `u` flag a brace that does not form a quantifier is a literal brace; say so explicitly.
  const escaped = pattern.replace(/\\.|[{}]/g, (m) => (m.length === 2 ? m : `\\${m}`));
  if (!compiles(escaped) || !sameMeaning(pattern, escaped)) {
    throw new Error(`${at}: pattern ${JSON.stringify(pattern)} is not a valid Unicode regular expression`);
  }
  fixes.add('unicode');
  return escaped;
}

function compiles(pattern) {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch (_) {
    return false;
  }
}

/** Checks the escaped form against the original (read without `u`) on probe strings. */
function sameMeaning(original, escaped) {
  const a = new RegExp(original);
  const b = new RegExp(escaped, 'u');
  const probes = ['', '{{x}}', 'a{{b}}c', '{}', '{{}}', 'x', '{{ x }}', 'a{b}c', '{{a.b}}'];
  return probes.every((p) => a.test(p) === b.test(p));
}

const ANNOTATIONS = new Set(['title', 'description', '$comment', '$id', '$schema', 'examples', 'default']);
/** Copies smaller than this (in JSON characters) are left inline: a $ref would not make them clearer. */
const EMBED_MIN = 200;

/** A schema's meaning as text: annotations dropped, keys sorted, its own `#` refs named by file. */
function canonical(node, own) {
  return JSON.stringify(meaningOf(node, own));
}

function meaningOf(node, own) {
  if (Array.isArray(node)) return node.map((n) => meaningOf(n, own));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const key of Object.keys(node).sort()) {
    if (ANNOTATIONS.has(key)) continue;
    const value = node[key];
    if (key === '$ref' && value === '#' && own) out.$ref = `${own}.json`;
    else if (key === 'enum' || key === 'const') out[key] = value; // data, not schemas
    else if (SCHEMA_MAPS.indexOf(key) !== -1 && value && typeof value === 'object') {
      out[key] = {};
      for (const name of Object.keys(value).sort()) out[key][name] = meaningOf(value[name], own);
    } else out[key] = meaningOf(value, own);
  }
  return out;
}

/**
 * Replaces, in every schema, each embedded copy of another schema by a $ref to it (rule
 * "embedded"). `schemas` maps name → normalized schema; returns the names it changed.
 */
export function linkEmbeddedCopies(schemas) {
  // Meanings are taken before any link is made, so copies compare against what was published.
  const byMeaning = new Map();
  const meaningOfName = new Map();
  for (const name of Object.keys(schemas).sort()) {
    const meaning = canonical(schemas[name], name);
    meaningOfName.set(name, meaning);
    if (!byMeaning.has(meaning)) byMeaning.set(meaning, name);
  }
  const changed = new Set();
  for (const host of Object.keys(schemas)) {
    const visit = (node, depth) => {
      if (Array.isArray(node)) return node.map((n) => visit(n, depth + 1));
      if (!node || typeof node !== 'object') return node;
      if (depth > 0) {
        const meaning = canonical(node, undefined);
        const twin = byMeaning.get(meaning);
        if (twin && twin !== host && meaning.length >= EMBED_MIN && meaningOfName.get(twin) === meaning) {
          changed.add(host);
          return { $ref: `${twin}.json` };
        }
      }
      const out = {};
      for (const key of Object.keys(node)) {
        out[key] = SCHEMA_MAPS.indexOf(key) !== -1 && node[key] && typeof node[key] === 'object'
          ? mapValues(node[key], (v) => visit(v, depth + 1))
          : visit(node[key], depth + 1);
      }
      return out;
    };
    schemas[host] = visit(schemas[host], 0);
  }
  return [...changed].sort();
}

function mapValues(map, fn) {
  const out = {};
  for (const key of Object.keys(map)) out[key] = fn(map[key]);
  return out;
}
