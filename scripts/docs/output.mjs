// Write generated files, or (--check) compare them with the disk and report
// every stale one before failing, so one run names everything to regenerate.
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../lib/common.mjs';

const GENERATED = '<!-- GENERATED FILE — DO NOT EDIT.';

/**
 * Generated pages in `dir` that `files` no longer has (a resource gone from the table):
 * a hand-written page (emulator.md, …) never starts with the banner, so it is left alone.
 */
function leftovers(dir, files) {
  const wanted = new Set(files.map((f) => f.rel));
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs)
    .filter((name) => name.endsWith('.md'))
    .map((name) => `${dir}/${name}`)
    .filter((rel) => !wanted.has(rel) && readFileSync(join(ROOT, rel), 'utf8').startsWith(GENERATED));
}

/** files: [{ rel: 'docs/org.md', content }]; `dir` holds generated pages. Returns the exit code. */
export function writeOrCheckAll(files, { check, command, dir }) {
  let stale = 0;
  let written = 0;
  for (const { rel, content } of files) {
    const file = join(ROOT, rel);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (current === content) continue;
    if (check) {
      console.error(`${rel} is stale; run ${command}`);
      stale++;
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      written++;
    }
  }
  for (const rel of leftovers(dir, files)) {
    if (check) {
      console.error(`${rel} should not exist; run ${command}`);
      stale++;
    } else {
      unlinkSync(join(ROOT, rel));
      console.log(`removed ${rel}`);
    }
  }
  if (check && !stale) console.log(`docs are up to date (${files.length} files)`);
  if (!check) console.log(`wrote docs: ${written} of ${files.length} files changed`);
  return stale ? 1 : 0;
}
