#!/usr/bin/env node
// Imports the Losant API as Losant publishes it — a folder holding `apiInfo.json`,
// `schemas/*.json`, `docs/<resource>.md` and `SOURCE.md`, the form of
// ../shared/api/losant-rest-js/api-<version>/ (read by scripts/import/published.mjs) — into the
// project's own sources of truth, both committed:
//   schemas/<name>.json                 every JSON Schema, normalized (scripts/import/schemas.mjs)
//   lib/actions/table/<resource>.json   the action table, one file per resource (scripts/import/actions.mjs)
//   lib/actions/api.json                which description it is (version, source, digest, counts): the
//                                       build derives the default `Accept-Version` from it
// Everything else (client methods, types, validators, docs, the emulator's routes) is derived
// from those by the build. Files of schemas or resources the description no longer has are removed.
//
//   npm run import -- <description folder>           write
//   npm run import -- <description folder> --check   exit 1 if anything would change
//   … --out <folder>   write <folder>/schemas and <folder>/table instead (for tests)
// Running it twice on the same input changes nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './lib/common.mjs';
import { normalizeResource } from './import/actions.mjs';
import { readPublished } from './import/published.mjs';
import { titleFromName } from './import/undocumented.mjs';
import { isJsonSchema, linkEmbeddedCopies, normalizeSchema } from './import/schemas.mjs';

export const SCHEMA_OUT = join(ROOT, 'schemas');
export const TABLE_OUT = join(ROOT, 'lib', 'actions', 'table');

/** Reads and normalizes a description; returns every file to write, by absolute path, and a report. */
export function importDescription(dir, out = { schemas: SCHEMA_OUT, table: TABLE_OUT }) {
  const api = readPublished(dir);
  const schemaDir = join(dir, 'schemas');
  const raws = {};
  const skipped = [];
  let published = {};
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json')).sort(byCodeUnit)) {
    const name = file.slice(0, -5);
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`schemas/${file}: the name must be a camelCase identifier`);
    const raw = JSON.parse(readFileSync(join(schemaDir, file), 'utf8'));
    // apiExamples.json, Losant's example documents keyed by schema name, sits among the schemas:
    // each of its documents becomes the `examples` of the schema it names (below).
    if (name === 'apiExamples' && !isJsonSchema(raw)) published = raw;
    else if (isJsonSchema(raw)) raws[name] = raw;
    else skipped.push(name);
  }
  const names = new Set(Object.keys(raws));
  const origin = `the Losant API description ${api.apiVersion} (${api.source}; apiInfo.json sha256 ${api.digest})`;
  const comment = `GENERATED FILE — DO NOT EDIT. Imported from ${origin}. Regenerate with: npm run import -- <description folder>`;

  const titles = schemaTitles(api);
  const files = new Map();
  const report = { schemas: names.size, skipped, resources: 0, actions: 0, fixes: {}, refinements: {} };
  const normalized = {};
  for (const name of names) {
    const title = titles.get(name) || titleFromName(name);
    const { schema, fixes } = normalizeSchema(name, raws[name], { title, names, comment });
    for (const fix of fixes) (report.fixes[fix] = report.fixes[fix] || []).push(name);
    normalized[name] = schema;
  }
  const linked = linkEmbeddedCopies(normalized);
  if (linked.length) report.fixes.embedded = linked;
  report.examples = attachExamples(normalized, published);
  for (const name of Object.keys(normalized)) files.set(join(out.schemas, `${name}.json`), json(normalized[name]));
  for (const resource of Object.keys(api.resources).sort(byCodeUnit)) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(resource)) throw new Error(`resource ${resource}: the name must be a camelCase identifier`);
    const { table, refinements } = normalizeResource(resource, api.resources[resource], names, comment);
    for (const r of refinements) {
      const rule = r.slice(r.lastIndexOf(': ') + 2);
      report.refinements[rule] = (report.refinements[rule] || 0) + 1;
    }
    report.resources += 1;
    report.actions += Object.keys(table.actions).length;
    files.set(join(out.table, `${resource}.json`), json(table));
  }
  const about = { $comment: comment, apiVersion: api.apiVersion, source: api.source, digest: api.digest, resources: report.resources, actions: report.actions };
  files.set(join(dirname(out.table), 'api.json'), json(about));
  return { files, report, stale: staleFiles(files, out) };
}

/**
 * Gives each schema the example document Losant publishes for it (apiExamples.json), as the
 * draft-07 `examples` annotation: the validators and types ignore it; the tests send every
 * published example. An example that points into apiExamples.json itself (`{"$ref":
 * "#/examples/…"}`) names nothing a reader could resolve, so it is left out.
 */
function attachExamples(schemas, examples) {
  let count = 0;
  for (const name of Object.keys(examples).sort(byCodeUnit)) {
    const example = examples[name];
    if (!schemas[name] || schemas[name].examples !== undefined || /"\$ref":"#\/examples\//.test(JSON.stringify(example))) continue;
    schemas[name].examples = [example];
    count += 1;
  }
  return count;
}

/** The title the description gives each schema (a parameter's schemaTitle, a response's title). */
function schemaTitles(api) {
  const titles = new Map();
  const note = (schema, title) => {
    if (!schema || !title || title === 'undefined') return;
    const known = titles.get(schema);
    if (known && known !== title) throw new Error(`schema ${schema} is titled both "${known}" and "${title}"`);
    titles.set(schema, title);
  };
  for (const resource of Object.values(api.resources)) {
    for (const action of Object.values(resource.actions)) {
      for (const p of action.params) note(p.schema, p.schemaTitle);
      for (const r of action.responses.concat(action.errors)) note(r.schema, r.title);
      for (const e of action.events || []) note(e.schema, e.title);
    }
  }
  return titles;
}

function staleFiles(files, out) {
  const stale = [];
  for (const dir of [out.schemas, out.table]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      const path = join(dir, f);
      if (f.endsWith('.json') && !files.has(path)) stale.push(path);
    }
  }
  return stale;
}

function json(value) {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function main(argv) {
  const check = argv.includes('--check');
  const rest = argv.filter((a) => a !== '--check');
  const outAt = rest.indexOf('--out');
  const out = outAt === -1 ? undefined : rest.splice(outAt, 2)[1];
  if (rest.length !== 1 || (outAt !== -1 && !out)) {
    console.error('usage: npm run import -- <description folder> [--check] [--out <folder>]');
    return 2;
  }
  const dirs = out ? { schemas: join(resolve(out), 'schemas'), table: join(resolve(out), 'table') } : undefined;
  const { files, report, stale } = importDescription(resolve(rest[0]), dirs);
  const changed = [...files].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content);
  const rel = (p) => relative(ROOT, p).split('\\').join('/');
  if (check) {
    for (const [path] of changed) console.error(`${rel(path)} is stale`);
    for (const path of stale) console.error(`${rel(path)} is no longer in the description`);
    if (changed.length || stale.length) {
      console.error('run: npm run import -- <description folder>');
      return 1;
    }
    console.log(`${files.size} imported files are up to date`);
    return 0;
  }
  for (const [path, content] of changed) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  for (const path of stale) unlinkSync(path);
  console.log(`imported ${report.resources} resources, ${report.actions} actions, ${report.schemas} schemas: ` +
    `${changed.length} files written, ${stale.length} removed`);
  if (report.skipped.length) console.log(`  not a JSON Schema, not imported: ${report.skipped.join(', ')}`);
  if (report.examples) console.log(`  published examples attached to their schemas: ${report.examples}`);
  for (const fix of Object.keys(report.fixes).sort()) console.log(`  schema fix ${fix}: ${report.fixes[fix].length} (${report.fixes[fix].slice(0, 6).join(', ')}${report.fixes[fix].length > 6 ? ', …' : ''})`);
  for (const rule of Object.keys(report.refinements).sort()) console.log(`  refinement ${rule}: ${report.refinements[rule]} parameters`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`import: ${err.message}`);
    process.exitCode = 1;
  }
}
