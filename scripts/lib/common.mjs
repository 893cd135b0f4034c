// Shared helpers for scripts/build-types.mjs and scripts/build-validators.mjs.
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
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
export function banner(command) {
  return [
    '/* eslint-disable */',
    `// GENERATED FILE — DO NOT EDIT. Source: schemas/*.json. Regenerate with: ${command}`,
  ].join('\n');
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
