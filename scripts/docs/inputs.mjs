// Everything the docs are generated from: the action table (lib/actions/table/*.json,
// which alone carries the titles and descriptions), the schemas, the TypeScript names
// the type generator chose, and the synthesizer of the built package (for the examples
// of request schemas, as the schemas carry none).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, loadSchemas, loadTables } from '../lib/common.mjs';

const INTERNAL = join(ROOT, 'dist', 'internal.js');
const SCHEMA_TYPES = join(ROOT, 'lib', 'generated', 'schema-types.ts');
const API_TYPES = join(ROOT, 'lib', 'generated', 'api.ts');

/** `synthesize` and the compiled schemas from dist/internal.js. */
function loadSynthesizer() {
  if (!existsSync(INTERNAL)) {
    throw new Error('dist/internal.js is missing: run `npm run build` before `npm run build:docs`');
  }
  const internal = createRequire(import.meta.url)(INTERNAL);
  if (typeof internal.synthesize !== 'function' || !internal.schemas) {
    throw new Error('dist/internal.js does not export synthesize and schemas');
  }
  return (name, values) => {
    if (!internal.schemas[name]) throw new Error(`dist/internal.js has no compiled schema ${name}`);
    return internal.synthesize(internal.schemas[name], { values, full: true });
  };
}

/**
 * Schema name → exported TypeScript type, read from the `SchemaTypes` interface
 * the type generator writes (its own naming rules decide the names; repeating
 * them here could drift). Schemas no action uses have no type.
 */
export function loadTypeNames() {
  const source = readFileSync(SCHEMA_TYPES, 'utf8');
  const body = /export interface SchemaTypes \{([^}]*)\}/.exec(source);
  if (!body) throw new Error('lib/generated/schema-types.ts has no `SchemaTypes` interface');
  const names = {};
  for (const m of body[1].matchAll(/^\s*(\w+):\s*(\w+);/gm)) names[m[1]] = m[2];
  return names;
}

/** `resource.action` → the name of its params interface in lib/generated/api.ts. */
export function loadParamsTypeNames() {
  const source = readFileSync(API_TYPES, 'utf8');
  const names = {};
  const re = /\/\*\* Params of `client\.(\w+)\.(\w+)`[^\n]*\*\/\nexport interface (\w+)/g;
  let m;
  while ((m = re.exec(source))) names[`${m[1]}.${m[2]}`] = m[3];
  return names;
}

/** Every schema as { name, file, title, tsName }, in file-name order. */
function loadDocSchemas() {
  const tsNames = loadTypeNames();
  return loadSchemas().map(({ name, file, schema }) => {
    if (typeof schema.title !== 'string' || !schema.title) throw new Error(`schemas/${file}: missing title`);
    return { name, file, title: schema.title, tsName: tsNames[name] };
  });
}

/**
 * The documented example of each id-like parameter (`applicationId` →
 * `575ec8687ae143cd83dc4a97`), first seen in table order: the synthesized
 * examples use them, so they read like the rest of the reference.
 */
function exampleIds(resources) {
  const ids = {};
  for (const { actions } of resources) {
    for (const name of Object.keys(actions)) {
      for (const p of actions[name].params) {
        if (/Id$/.test(p.name) && typeof p.example === 'string' && /^[0-9a-f]{24}$/.test(p.example) && !ids[p.name]) {
          ids[p.name] = p.example;
        }
      }
    }
  }
  return ids;
}

/** Checks what the pages will link to and name, so a broken table fails here rather than in a reader's browser. */
function checkConsistency(resources, byName, paramsTypes) {
  for (const { name: resource, actions } of resources) {
    for (const action of Object.keys(actions)) {
      const spec = actions[action];
      const where = `${resource}.${action}`;
      const used = spec.params.map((p) => p.schema)
        .concat(spec.responses.concat(spec.errors).map((r) => r.schema), (spec.events || []).map((e) => e.schema))
        .filter(Boolean);
      for (const type of used) {
        if (!byName[type]) throw new Error(`${where} uses schema "${type}", but schemas/${type}.json does not exist`);
        if (!byName[type].tsName) throw new Error(`${where} uses schema "${type}", which has no type in SchemaTypes`);
      }
      if (!paramsTypes[where]) throw new Error(`${where} has no params interface in lib/generated/api.ts`);
      if (spec.transport === 'eventStream' && !(spec.events || []).length) throw new Error(`${where} is a stream without events`);
      if (spec.transport !== 'eventStream' && !spec.responses.length) throw new Error(`${where} documents no response`);
    }
  }
}

export function loadInputs() {
  const resources = loadTables().map(({ name, table }) => {
    if (table.name !== name) throw new Error(`lib/actions/table/${name}.json names itself "${table.name}"`);
    return { name, actions: table.actions };
  });
  const schemas = loadDocSchemas();
  const byName = {};
  for (const s of schemas) byName[s.name] = s;
  const paramsTypes = loadParamsTypeNames();
  checkConsistency(resources, byName, paramsTypes);
  const synthesize = loadSynthesizer();
  const ids = exampleIds(resources);
  return { resources, schemas, byName, paramsTypes, example: (schemaName) => synthesize(schemaName, ids) };
}
