#!/usr/bin/env node
// Compiles every schema an action uses (schemas/*.json) into lib/generated/schemas/<name>.ts:
// the schema reduced to what validation reads (no titles, descriptions or examples), ready for
// the checker in lib/validation/check.ts, with its `$ref`s to other schema files bound by
// import. One module per schema, so a resource loads only the schemas of its own actions.
// lib/generated/schemas/index.ts maps every name to its module (the emulator and tests use it).
//   node scripts/build-validators.mjs           write
//   node scripts/build-validators.mjs --check   exit 1 if any file on disk is stale
import { join } from 'node:path';
import { GENERATED_DIR, banner, loadSchemas, usedSchemaNames, generateDir } from './lib/common.mjs';

const COMMAND = 'npm run build:validators';
const OUT = join(GENERATED_DIR, 'schemas');

/** Keywords lib/validation/check.ts applies; `definitions` holds targets of local `$ref`s. */
const VALIDATION = new Set([
  '$ref', 'type', 'const', 'enum', 'not', 'anyOf', 'oneOf', 'allOf',
  'maximum', 'minimum', 'exclusiveMaximum', 'exclusiveMinimum', 'multipleOf',
  'maxLength', 'minLength', 'pattern', 'format',
  'maxItems', 'minItems', 'uniqueItems', 'items', 'additionalItems', 'contains',
  'maxProperties', 'minProperties', 'required', 'propertyNames', 'additionalProperties', 'properties', 'patternProperties',
  'definitions',
]);
/** Keywords that change what is valid but that the checker does not implement: a schema using one fails the build. */
const UNSUPPORTED = new Set(['dependencies', 'if', 'then', 'else', 'contentEncoding', 'contentMediaType']);
const SUBSCHEMA = new Set(['not', 'items', 'additionalItems', 'contains', 'propertyNames', 'additionalProperties']);
const SUBSCHEMA_LIST = new Set(['anyOf', 'oneOf', 'allOf', 'items']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions']);
const RESERVED = new Set(['default', 'delete', 'export', 'import', 'new', 'function', 'class', 'const', 'var', 'let', 'in', 'for', 'if', 'do']);

/** The schema with only validation keywords left. */
function reduce(schema, at, refs) {
  if (typeof schema === 'boolean') return schema;
  const out = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (UNSUPPORTED.has(key)) throw new Error(`${at}: keyword ${key} is not supported by lib/validation/check.ts`);
    if (!VALIDATION.has(key)) continue;
    if (key === '$ref') {
      const file = value.split('#')[0];
      if (file) refs.add(file);
      out.$ref = value;
    } else if (SUBSCHEMA_MAP.has(key)) {
      out[key] = {};
      for (const name of Object.keys(value)) out[key][name] = reduce(value[name], `${at}/${key}/${name}`, refs);
    } else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) {
      out[key] = value.map((s, i) => reduce(s, `${at}/${key}/${i}`, refs));
    } else if (SUBSCHEMA.has(key)) {
      out[key] = reduce(value, `${at}/${key}`, refs);
    } else {
      if (key === 'pattern') new RegExp(value, 'u'); // throws on a pattern the checker could not compile
      out[key] = value;
    }
  }
  return out;
}

/** A JS string literal holding `text`, safe in ES2018 source (U+2028/2029 escaped). */
function literal(text) {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * JSON text as a single-quoted JS literal: JSON is full of double quotes and has no raw
 * line breaks, so this escapes far less than JSON.stringify(text) (the schemas are the
 * bulk of the package).
 */
function jsonLiteral(json) {
  const body = json.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `'${body}'`;
}

function identifier(name) {
  return RESERVED.has(name) ? `${name}Schema` : name;
}

function build() {
  const all = loadSchemas();
  const byName = new Map(all.map((s) => [s.name, s.schema]));
  const used = usedSchemaNames(all);
  const reduced = new Map();
  const pending = [...used];
  while (pending.length) {
    const name = pending.pop();
    if (reduced.has(name)) continue;
    if (!byName.has(name)) throw new Error(`an action uses schema ${name}, but schemas/${name}.json does not exist`);
    const refs = new Set();
    const root = reduce(byName.get(name), `schemas/${name}.json#`, refs);
    const deps = [...refs].map((file) => {
      if (!/^[A-Za-z0-9]+\.json$/.test(file) || !byName.has(file.slice(0, -5))) throw new Error(`schemas/${name}.json: $ref to unknown ${file}`);
      return file.slice(0, -5);
    }).sort();
    reduced.set(name, { root, deps });
    pending.push(...deps);
  }
  const names = [...reduced.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files = {};
  for (const name of names) {
    const { root, deps } = reduced.get(name);
    const lines = [
      banner(COMMAND, `schemas/${name}.json`),
      "import type { SchemaDocument } from '../../validation/types';",
      ...deps.filter((d) => d !== name).map((d) => `import ${identifier(d)} from './${d}';`),
      '',
      `const schema: SchemaDocument = {`,
      `  name: ${literal(name)},`,
      `  root: JSON.parse(${jsonLiteral(JSON.stringify(root))}),`,
      `  refs: {${deps.filter((d) => d !== name).map((d) => ` ${literal(`${d}.json`)}: ${identifier(d)}`).join(',')}${deps.length ? ' ' : ''}},`,
      '};',
      'export default schema;',
      '',
    ];
    files[`${name}.ts`] = lines.join('\n');
  }
  files['index.ts'] = [
    banner(COMMAND),
    "import type { SchemaDocument } from '../../validation/types';",
    ...names.map((n) => `import ${identifier(n)} from './${n}';`),
    '',
    '/** Every schema an action uses, by name: what the emulator and the tests check answers against. */',
    'export const schemas: { readonly [name: string]: SchemaDocument } = {',
    ...names.map((n) => `  ${n}: ${identifier(n)},`),
    '};',
    '',
  ].join('\n');
  return files;
}

generateDir(OUT, build, COMMAND);
