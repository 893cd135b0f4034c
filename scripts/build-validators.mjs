#!/usr/bin/env node
// Generates lib/generated/validators.ts: Ajv standalone validation code for
// every schemas/*.json, compiled at build time so that no schema compiler
// (and nothing else from node_modules) ships at run time.
//   node scripts/build-validators.mjs           write the file
//   node scripts/build-validators.mjs --check   exit 1 if the file on disk is stale
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule, { Name } from 'ajv';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { GENERATED_DIR, banner, loadSchemas, writeOrCheck } from './lib/common.mjs';
import { createFormats, ucs2length } from './lib/formats.mjs';
import { findPostES2018 } from './lib/es2018-check.mjs';

const Ajv = AjvModule.default || AjvModule;
const standaloneCode = standaloneModule.default || standaloneModule;

const COMMAND = 'npm run build:validators';
const OUT = join(GENERATED_DIR, 'validators.ts');
// Name, in the generated file, of the object holding the format checkers.
const FORMATS_VAR = 'inlineFormats';

// Ajv's standalone code refers to a few runtime helpers by require(); each is
// replaced by an inlined equivalent defined in the generated file's preamble.
const RUNTIME_REPLACEMENTS = {
  'require("ajv/dist/runtime/ucs2length").default': 'ucs2length',
};

// Keywords that only annotate; they do not affect validation, so they are
// left out of the compiled schemas (the schema objects Ajv embeds get smaller).
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', 'default', 'readOnly', 'writeOnly']);
const SUBSCHEMA = new Set(['items', 'additionalItems', 'additionalProperties', 'contains', 'propertyNames', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LIST = new Set(['items', 'allOf', 'anyOf', 'oneOf']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/** A copy of a draft-07 schema without annotation keywords. */
function stripAnnotations(schema) {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const key of Object.keys(schema)) {
    const value = schema[key];
    if (ANNOTATIONS.has(key)) continue;
    if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) {
      out[key] = value.map(stripAnnotations);
    } else if (SUBSCHEMA.has(key)) {
      out[key] = stripAnnotations(value);
    } else if (SUBSCHEMA_MAP.has(key)) {
      out[key] = {};
      for (const name of Object.keys(value)) {
        // dependencies may also map to an array of property names.
        out[key][name] = Array.isArray(value[name]) ? value[name].slice() : stripAnnotations(value[name]);
      }
    } else {
      out[key] = value;
    }
  }
  return out;
}

function ajvCode(schemas, formats) {
  const ajv = new Ajv({
    strict: true,
    allErrors: false,
    messages: true,
    verbose: false,
    // Every $ref becomes one shared function instead of a copy at each use
    // (keeps the output ~15% smaller). Side effect, standard Ajv behaviour:
    // for a failure inside a $ref'd definition, schemaPath is relative to
    // that definition (e.g. "#/enum"); instancePath is always absolute.
    inlineRefs: false,
    code: { source: true, esm: true, lines: true, formats: new Name(FORMATS_VAR) },
  });
  for (const name of Object.keys(formats)) ajv.addFormat(name, formats[name]);
  const exportsMap = {};
  for (const { name, schema } of schemas) {
    ajv.addSchema(stripAnnotations(schema));
    exportsMap[name] = schema.$id;
  }
  return standaloneCode(ajv, exportsMap);
}

function postProcess(code, names) {
  // "use strict" is implied by ES modules and must not follow other statements.
  code = code.replace(/^"use strict";\n/, '');
  // Debugging comments Ajv puts in each function body.
  code = code.replace(/\n\/\*# sourceURL="[^"\n]*" \*\/;/g, '');
  for (const from of Object.keys(RUNTIME_REPLACEMENTS)) code = code.split(from).join(RUNTIME_REPLACEMENTS[from]);
  if (/\brequire\s*\(/.test(code)) {
    const left = code.match(/require\s*\([^)]*\)/g);
    throw new Error(`Ajv output needs a runtime module that is not inlined: ${left.join(', ')}`);
  }

  // Turn `export const <name> = validateN;` into entries of one `validators` object.
  const entries = new Map();
  code = code.replace(/^export const (\w+) = (validate\d+);\n/gm, (_m, name, fn) => {
    entries.set(name, fn);
    return '';
  });
  const missing = names.filter((n) => !entries.has(n));
  if (missing.length || entries.size !== names.length) {
    throw new Error(`unexpected Ajv exports; missing: ${missing.join(', ') || 'none'}`);
  }
  if (/^export /m.test(code)) throw new Error('unexpected export left in Ajv output');

  // Schema objects that ended up unused (Ajv emits one per root schema).
  const lines = code.split('\n').filter((line) => {
    const m = /^const (schema\d+) = /.exec(line);
    return !m || new RegExp(`\\b${m[1]}\\b`, 'g').test(code.replace(line, ''));
  });
  return { body: lines.join('\n').trim(), entries };
}

// The client ships only the validators of request bodies: response schemas
// (the Organization one above all) compile to far more code than they are
// worth at run time. Which schemas are bodies is read from the action table.
const ACTION_TABLE = new URL('../lib/actions/org.ts', import.meta.url);

function bodySchemaNames(names) {
  const source = readFileSync(ACTION_TABLE, 'utf8');
  const found = new Set();
  for (const m of source.matchAll(/\bin:\s*'body',\s*type:\s*'(\w+)'/g)) found.add(m[1]);
  const unknown = [...found].filter((n) => !names.includes(n));
  if (unknown.length) throw new Error(`lib/actions/org.ts names body schemas that do not exist: ${unknown.join(', ')}`);
  if (!found.size) throw new Error('no body params found in lib/actions/org.ts');
  return [...found].sort();
}

function build() {
  const schemas = loadSchemas();
  const names = schemas.map((s) => s.name);
  const formats = createFormats();
  const { body, entries } = postProcess(ajvCode(schemas, formats), names);
  const bodies = bodySchemaNames(names);

  const out = [
    banner(COMMAND),
    '// @ts-nocheck',
    '// Ajv standalone validators; self-contained (imports nothing).',
    '',
    '/** One validation failure, in Ajv\'s error format. */',
    'export interface ValidationIssue {',
    '  /** JSON Pointer to the failing value within the validated data ("" for the root). */',
    '  instancePath: string;',
    '  /** JSON Pointer to the failing keyword within the schema. */',
    '  schemaPath: string;',
    '  /** The failing keyword, e.g. "required", "enum", "additionalProperties", "format". */',
    '  keyword: string;',
    '  /** Keyword-specific details, e.g. { missingProperty }, { allowedValues }, { additionalProperty }. */',
    '  params: Record<string, any>;',
    '  message?: string;',
    '}',
    '',
    '/** Validates data against one schema; after a failure, `errors` holds the first problem found. */',
    'export interface ValidateFunction {',
    '  (data: unknown): boolean;',
    '  errors?: ValidationIssue[] | null;',
    '}',
    '',
    '/** Base name of a schema file under schemas/. */',
    'export type SchemaName =',
    ...names.map((n, i) => `  | ${JSON.stringify(n)}${i === names.length - 1 ? ';' : ''}`),
    '',
    '// Unicode code point length of a string (for minLength / maxLength).',
    ucs2length.toString(),
    '',
    '// Checkers for the "date-time", "email" and "uri" formats.',
    `const ${FORMATS_VAR} = (${createFormats.toString()})();`,
    '',
    body,
    '',
    '/** Validators by schema name: validators.orgPatch(body) checks against schemas/orgPatch.json. */',
    'export const validators: Record<SchemaName, ValidateFunction> = {',
    ...names.map((n) => `  ${n}: ${entries.get(n)},`),
    '};',
    '',
    '/** Request body schema names, as the action table (lib/actions/org.ts) uses them. */',
    'export type BodySchemaName =',
    ...bodies.map((n, i) => `  | ${JSON.stringify(n)}${i === bodies.length - 1 ? ';' : ''}`),
    '',
    '/** Only the request-body validators: what the client needs, so bundles leave the rest out. */',
    'export const bodyValidators: Record<BodySchemaName, ValidateFunction> = {',
    ...bodies.map((n) => `  ${n}: ${entries.get(n)},`),
    '};',
    '',
  ].join('\n');

  const problems = findPostES2018(out, 'lib/generated/validators.ts');
  if (problems.length) throw new Error(`generated code is not ES2018:\n  ${problems.join('\n  ')}`);
  return out;
}

try {
  writeOrCheck(OUT, build(), COMMAND);
} catch (err) {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
}
