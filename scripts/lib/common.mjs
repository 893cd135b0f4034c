// Shared helpers for scripts/build-types.mjs and scripts/build-validators.mjs.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMA_DIR = join(ROOT, 'schemas');
export const GENERATED_DIR = join(ROOT, 'lib', 'generated');

/**
 * Every schemas/*.json, sorted by file name (plain code-unit order, so the
 * result does not depend on the locale), as { name, file, schema }.
 */
export function loadSchemas() {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) throw new Error(`no schemas found in ${SCHEMA_DIR}`);
  return files.map((file) => {
    const name = file.slice(0, -'.json'.length);
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) {
      throw new Error(`schemas/${file}: file name must be a camelCase identifier`);
    }
    const schema = JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8'));
    if (typeof schema.$id !== 'string' || !schema.$id) throw new Error(`schemas/${file}: missing $id`);
    return { name, file, schema };
  });
}

/** The banner every generated file starts with. */
export function banner(command, source = 'schemas/*.json') {
  return [
    '/* eslint-disable */',
    `// GENERATED FILE — DO NOT EDIT. Source: ${source}. Regenerate with: ${command}`,
  ].join('\n');
}

/** Every lib/actions/table/<resource>.json, sorted by resource name, as { name, table }. */
export function loadTables() {
  const dir = join(ROOT, 'lib', 'actions', 'table');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => ({ name: f.slice(0, -5), table: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/**
 * Names of the schemas some action uses (parameters, answers, stream events) and those
 * they refer to: the ones that get types and validators. (The description also publishes
 * a few schemas no action uses.)
 */
export function usedSchemaNames(schemas = loadSchemas()) {
  const byName = new Map(schemas.map((s) => [s.name, s.schema]));
  const used = new Set();
  const pending = [];
  for (const { table } of loadTables()) {
    for (const action of Object.values(table.actions)) {
      for (const p of action.params) if (p.schema) pending.push(p.schema);
      for (const r of action.responses.concat(action.errors)) if (r.schema) pending.push(r.schema);
      for (const e of action.events || []) pending.push(e.schema);
    }
  }
  while (pending.length) {
    const name = pending.pop();
    if (used.has(name)) continue;
    if (!byName.has(name)) throw new Error(`an action uses schema ${name}, but schemas/${name}.json does not exist`);
    used.add(name);
    JSON.stringify(byName.get(name), (key, value) => {
      if (key === '$ref' && typeof value === 'string' && /^[A-Za-z0-9]+\.json/.test(value)) pending.push(value.split('.json')[0]);
      return value;
    });
  }
  return used;
}

/**
 * Writes (or, with check, compares) a whole generated folder: every file in `files`
 * (relative name → content), and no other file may remain in it. Returns the number of
 * stale files found in check mode.
 */
export function writeOrCheckDir(dir, files, command, check) {
  const rel = relative(ROOT, dir).split('\\').join('/');
  const present = existsSync(dir) ? readdirSync(dir) : [];
  const stale = [];
  for (const name of Object.keys(files)) {
    const path = join(dir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== files[name]) stale.push(name);
  }
  const extra = present.filter((name) => !Object.prototype.hasOwnProperty.call(files, name));
  if (check) {
    for (const name of stale) console.error(`${rel}/${name} is stale; run ${command}`);
    for (const name of extra) console.error(`${rel}/${name} should not exist; run ${command}`);
    if (!stale.length && !extra.length) console.log(`${rel}/ is up to date (${Object.keys(files).length} files)`);
    return stale.length + extra.length;
  }
  mkdirSync(dir, { recursive: true });
  for (const name of stale) writeFileSync(join(dir, name), files[name]);
  for (const name of extra) unlinkSync(join(dir, name));
  console.log(`wrote ${rel}/: ${stale.length} of ${Object.keys(files).length} files changed, ${extra.length} removed`);
  return 0;
}

/**
 * Write `content` to `file`, or with --check on the command line compare it
 * with what is on disk and exit 1 if it differs.
 */
export function writeOrCheck(file, content, command, argv = process.argv.slice(2)) {
  const rel = relative(ROOT, file).split('\\').join('/');
  const unknown = argv.filter((a) => a !== '--check');
  if (unknown.length) {
    console.error(`unknown argument(s): ${unknown.join(' ')} (only --check is supported)`);
    process.exit(2);
  }
  if (argv.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current !== content) {
      console.error(`${rel} is stale; run ${command}`);
      process.exit(1);
    }
    console.log(`${rel} is up to date`);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  console.log(`wrote ${rel} (${Buffer.byteLength(content)} bytes)`);
}

/**
 * The command line of a generator that writes a whole folder: `node <script> [--check]`.
 * Runs `build()` (which returns relative name → content) and writes or checks `dir`.
 */
export function generateDir(dir, build, command, argv = process.argv.slice(2)) {
  if (argv.some((a) => a !== '--check')) {
    console.error('unknown argument (only --check is supported)');
    process.exit(2);
  }
  try {
    process.exitCode = writeOrCheckDir(dir, build(), command, argv.includes('--check')) ? 1 : 0;
  } catch (err) {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  }
}
