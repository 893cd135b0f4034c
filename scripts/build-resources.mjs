#!/usr/bin/env node
// Generates lib/generated/resources/ from the action table (lib/actions/table/*.json):
//   <resource>.ts  the run-time form of one resource's actions (lib/actions/types.ts), with the
//                  compiled schemas of its parameters bound by import, the paging shape of
//                  each paged action (scripts/lib/paging.mjs), and no docs text
//   index.ts       every resource's action names (the client builds its methods from these
//                  without loading anything) and a loader per resource (a dynamic import, so a
//                  resource's module and schemas are loaded on its first call only)
//   all.ts         every resource, statically (the emulator serves them all)
//   version.ts     the API version the tables were imported from (lib/actions/api.json): the
//                  client's default `Accept-Version` is `^` that version
//   defaults.ts    the documented default of each query parameter that has one (the emulator
//                  applies them: `perPage` 100, `sortField` name, …); the client never loads it
//   node scripts/build-resources.mjs           write
//   node scripts/build-resources.mjs --check   exit 1 if any file on disk is stale
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_DIR, ROOT, banner, loadTables, generateDir } from './lib/common.mjs';
import { pagingOf } from './lib/paging.mjs';

const COMMAND = 'npm run build:resources';
const OUT = join(GENERATED_DIR, 'resources');
const RESERVED = new Set(['default', 'delete', 'export', 'import', 'new', 'function', 'class', 'const', 'var', 'let', 'in', 'for', 'if', 'do']);

const q = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const key = (s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : q(s));
const id = (name) => (RESERVED.has(name) ? `${name}Schema` : name);

function paramSource(p) {
  const parts = [`name: ${q(p.name)}`, `in: ${q(p.in)}`, `type: ${q(p.type)}`];
  if (p.required) parts.push('required: true');
  if (p.enum) parts.push(`enum: [${p.enum.map(q).join(', ')}]`);
  if (p.encode) parts.push(`encode: ${q(p.encode)}`);
  if (p.schema) parts.push(`schema: ${id(p.schema)}`);
  return `{ ${parts.join(', ')} }`;
}

function responsesSource(list) {
  return `[${list.map((r) => `{ status: ${r.status}${r.schema ? `, schema: ${q(r.schema)}` : ''} }`).join(', ')}]`;
}

function queryDefaults(action) {
  const entries = Object.keys(action.queryDefaults).map((k) => `${key(k)}: ${JSON.stringify(action.queryDefaults[k])}`);
  const source = `{ ${entries.join(', ')} }`;
  return source === '{ _actions: false, _links: true, _embedded: true }' ? 'HAL' : entries.length ? source : 'NONE';
}

function versionModule() {
  const about = JSON.parse(readFileSync(join(ROOT, 'lib', 'actions', 'api.json'), 'utf8'));
  if (!/^\d+\.\d+\.\d+$/.test(about.apiVersion)) throw new Error(`lib/actions/api.json: apiVersion ${about.apiVersion} is not x.y.z`);
  return [
    banner(COMMAND, 'lib/actions/api.json'),
    `/** The version of the API description the action tables were imported from (${about.source}). */`,
    `export const API_VERSION = ${q(about.apiVersion)};`,
    '',
  ].join('\n');
}

function resourceModule(name, table) {
  const schemas = new Set();
  for (const action of Object.values(table.actions)) for (const p of action.params) if (p.schema) schemas.add(p.schema);
  const defaults = new Set(Object.values(table.actions).map(queryDefaults));
  const lines = [
    banner(COMMAND, `lib/actions/table/${name}.json`),
    "import type { ResourceActions } from '../../actions/types';",
    ...[...schemas].sort().map((s) => `import ${id(s)} from '../schemas/${s}';`),
    '',
    ...(defaults.has('HAL') ? ['const HAL = { _actions: false, _links: true, _embedded: true };'] : []),
    ...(defaults.has('NONE') ? ['const NONE = {};'] : []),
    '',
    'const actions: ResourceActions = {',
  ];
  for (const actionName of Object.keys(table.actions)) {
    const a = table.actions[actionName];
    lines.push(`  ${key(actionName)}: {`);
    lines.push(`    method: ${q(a.method)}, path: ${q(a.path)}, transport: ${q(a.transport)}, query: ${queryDefaults(a)},`);
    lines.push('    params: [');
    for (const p of a.params) lines.push(`      ${paramSource(p)},`);
    lines.push('    ],');
    lines.push(`    auth: ${q(a.auth)}, scopes: [${a.scopes.map(q).join(', ')}],`);
    lines.push(`    responses: ${responsesSource(a.responses)}, errors: ${responsesSource(a.errors)},`);
    const paging = pagingOf(a);
    if (paging) lines.push(`    paging: { shape: ${q(paging.shape)}${paging.size ? `, size: ${paging.size}` : ''} },`);
    if (a.events) lines.push(`    events: [${a.events.map((e) => `{ event: ${q(e.event)}, schema: ${q(e.schema)} }`).join(', ')}],`);
    lines.push('  },');
  }
  lines.push('};', 'export default actions;', '');
  return lines.join('\n');
}

function build() {
  const tables = loadTables();
  const files = {};
  for (const { name, table } of tables) files[`${name}.ts`] = resourceModule(name, table);
  files['index.ts'] = [
    banner(COMMAND, 'lib/actions/table/*.json'),
    "import type { ResourceActions } from '../../actions/types';",
    '',
    '/** Every resource and the names of its actions, in the order the API description lists them. */',
    'export const actionNames = {',
    ...tables.map(({ name, table }) => `  ${key(name)}: [${Object.keys(table.actions).map(q).join(', ')}],`),
    '};',
    '',
    'export type ResourceName = keyof typeof actionNames;',
    '',
    '/** Loads one resource\'s actions (and the schemas of their parameters) on first use. */',
    'export const loaders: { readonly [R in ResourceName]: () => Promise<{ default: ResourceActions }> } = {',
    ...tables.map(({ name }) => `  ${key(name)}: () => import('./${name}'),`),
    '};',
    '',
  ].join('\n');
  files['all.ts'] = [
    banner(COMMAND, 'lib/actions/table/*.json'),
    "import type { ResourceActions } from '../../actions/types';",
    ...tables.map(({ name }) => `import ${id(name)} from './${name}';`),
    '',
    '/** Every resource\'s actions, loaded at once (for the emulator, which serves them all). */',
    'export const allActions: { readonly [resource: string]: ResourceActions } = {',
    ...tables.map(({ name }) => `  ${key(name)}: ${id(name)},`),
    '};',
    '',
  ].join('\n');
  files['defaults.ts'] = defaultsModule(tables);
  files['version.ts'] = versionModule();
  return files;
}

/** `{ resource: { action: { param: 'default' } } }` for the query parameters the description gives a default. */
function defaultsModule(tables) {
  const lines = [
    banner(COMMAND, 'lib/actions/table/*.json'),
    '',
    '/** The documented default of each query parameter that has one, by resource and action (used by the emulator). */',
    'export const queryDefaults: { readonly [resource: string]: { readonly [action: string]: { readonly [param: string]: string } } } = {',
  ];
  for (const { name, table } of tables) {
    const actions = [];
    for (const actionName of Object.keys(table.actions)) {
      const params = table.actions[actionName].params.filter((p) => p.in === 'query' && p.default !== undefined);
      if (params.length) actions.push(`    ${key(actionName)}: { ${params.map((p) => `${key(p.name)}: ${q(p.default)}`).join(', ')} },`);
    }
    if (actions.length) lines.push(`  ${key(name)}: {`, ...actions, '  },');
  }
  lines.push('};', '');
  return lines.join('\n');
}

generateDir(OUT, build, COMMAND);
