// Everything the docs are generated from: the action table and scope rule
// (read from the BUILT package, so the docs describe exactly what ships),
// the schemas, and the TypeScript name of each schema.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, loadSchemas } from '../lib/common.mjs';

const DIST = join(ROOT, 'dist', 'index.js');
const TYPES = join(ROOT, 'lib', 'generated', 'types.ts');

/** `{ orgActions, scopesFor }` from dist/index.js. */
export function loadPackage() {
  if (!existsSync(DIST)) {
    throw new Error('dist/index.js is missing: run `npm run build` before `npm run build:docs`');
  }
  const pkg = createRequire(import.meta.url)(DIST);
  if (!pkg.orgActions || typeof pkg.scopesFor !== 'function') {
    throw new Error('dist/index.js does not export orgActions and scopesFor');
  }
  return { actions: pkg.orgActions, scopesFor: pkg.scopesFor };
}

/**
 * Schema name → exported TypeScript type, read from the `SchemaTypes`
 * interface of lib/generated/types.ts (the generator's own naming rules
 * decide the names; repeating them here could drift).
 */
export function loadTypeNames() {
  const source = readFileSync(TYPES, 'utf8');
  const body = /export interface SchemaTypes \{([^}]*)\}/.exec(source);
  if (!body) throw new Error('lib/generated/types.ts has no `SchemaTypes` interface');
  const names = {};
  for (const m of body[1].matchAll(/^\s*(\w+):\s*(\w+);/gm)) names[m[1]] = m[2];
  return names;
}

/**
 * Every schema as { name, file, title, description, examples, schema, tsName },
 * sorted by title (the order a reader scans a reference in).
 */
export function loadDocSchemas() {
  const tsNames = loadTypeNames();
  return loadSchemas()
    .map(({ name, file, schema }) => {
      for (const key of ['title', 'description']) {
        if (typeof schema[key] !== 'string' || !schema[key]) throw new Error(`schemas/${file}: missing ${key}`);
      }
      if (!Array.isArray(schema.examples) || schema.examples.length === 0) {
        throw new Error(`schemas/${file}: needs at least one entry in "examples"`);
      }
      if (!tsNames[name]) throw new Error(`schemas/${file}: not in SchemaTypes of lib/generated/types.ts`);
      return { name, file, title: schema.title, description: schema.description, examples: schema.examples, schema, tsName: tsNames[name] };
    })
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}

export function loadInputs() {
  const { actions, scopesFor } = loadPackage();
  const schemas = loadDocSchemas();
  const byName = {};
  for (const s of schemas) byName[s.name] = s;
  for (const name of Object.keys(actions)) {
    const action = actions[name];
    const used = [action.success.type, 'error'].concat(
      Object.values(action.params).filter((p) => p.in === 'body').map((p) => p.type));
    for (const type of used) {
      if (!byName[type]) throw new Error(`action ${name} uses type "${type}", but schemas/${type}.json does not exist`);
    }
  }
  return { actions, scopesFor, schemas, byName };
}
