#!/usr/bin/env node
// Generates docs/org.md and docs/_schemas.md from the action table (as built
// in dist/index.js: run `npm run build` first) and schemas/*.json.
//   node scripts/build-docs.mjs           write both files
//   node scripts/build-docs.mjs --check   exit 1 if either file on disk is stale
import { loadInputs } from './docs/inputs.mjs';
import { renderOrgMd } from './docs/org-md.mjs';
import { writeOrCheckAll } from './docs/output.mjs';
import { renderSchemasMd } from './docs/schemas-md.mjs';

const COMMAND = 'npm run build:docs';
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(' ')} (only --check is supported)`);
  process.exit(2);
}

try {
  const inputs = loadInputs();
  const files = [
    { rel: 'docs/org.md', content: renderOrgMd(inputs) },
    { rel: 'docs/_schemas.md', content: renderSchemasMd(inputs) },
  ];
  process.exitCode = writeOrCheckAll(files, { check: args.includes('--check'), command: COMMAND });
} catch (err) {
  console.error(`build-docs: ${err.message}`);
  process.exitCode = 1;
}
