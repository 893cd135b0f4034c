#!/usr/bin/env node
// Generates the API reference from the action table (lib/actions/table/*.json) and
// schemas/*.json: docs/<resource>.md for every resource, docs/_schemas.md (the index of
// wire types), docs/README.md (the index of resources), and the resource list between
// the markers in docs/guide/actions.md. The examples of request schemas come from the built
// synthesizer: run `npm run build` first.
//   node scripts/build-docs.mjs           write them
//   node scripts/build-docs.mjs --check   exit 1 if any of them on disk is stale
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/common.mjs';
import { ACTION_LIST_PAGE, renderActionList, renderDocsIndex, spliceActionList } from './docs/index-md.mjs';
import { loadInputs } from './docs/inputs.mjs';
import { pageFile } from './docs/names.mjs';
import { writeOrCheckAll } from './docs/output.mjs';
import { renderResourceMd } from './docs/resource-md.mjs';
import { exampleAnchors, renderSchemasMd, schemaLayout } from './docs/schemas-md.mjs';

const COMMAND = 'npm run build:docs';
const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length) {
  console.error(`unknown argument(s): ${unknown.join(' ')} (only --check is supported)`);
  process.exit(2);
}

try {
  const inputs = loadInputs();
  const layout = schemaLayout(inputs);
  const withAnchors = Object.assign({}, inputs, { exampleAnchors: exampleAnchors(layout) });
  const listPath = join(ROOT, ACTION_LIST_PAGE);
  const listPage = existsSync(listPath) ? readFileSync(listPath, 'utf8') : '';
  const files = [
    ...inputs.resources.map((r) => ({ rel: `docs/${pageFile(r.name)}`, content: renderResourceMd(r, withAnchors) })),
    { rel: 'docs/_schemas.md', content: renderSchemasMd(inputs, layout) },
    { rel: 'docs/README.md', content: renderDocsIndex(inputs) },
    { rel: ACTION_LIST_PAGE, content: spliceActionList(listPage, renderActionList(inputs)) },
  ];
  process.exitCode = writeOrCheckAll(files, { check: args.includes('--check'), command: COMMAND, dir: 'docs' });
} catch (err) {
  console.error(`build-docs: ${err.message}`);
  process.exitCode = 1;
}
