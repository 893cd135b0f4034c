// Write generated files, or (--check) compare them with the disk and report
// every stale one before failing, so one run names everything to regenerate.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from '../lib/common.mjs';

/** files: [{ rel: 'docs/org.md', content }]. Returns the exit code. */
export function writeOrCheckAll(files, { check, command }) {
  let stale = 0;
  for (const { rel, content } of files) {
    const file = join(ROOT, rel);
    if (check) {
      const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
      if (current === content) {
        console.log(`${rel} is up to date`);
      } else {
        console.error(`${rel} is stale; run ${command}`);
        stale++;
      }
    } else {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      console.log(`wrote ${rel} (${Buffer.byteLength(content)} bytes)`);
    }
  }
  return stale ? 1 : 0;
}
