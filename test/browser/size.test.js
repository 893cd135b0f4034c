'use strict';
// Issue 16: what an app downloads. Two apps import the package by name and are bundled for
// the browser by esbuild (minified, code-split, as an app would be built); each file is
// gzipped (zlib's default level, as a web server compresses on the fly). An app that only
// uses `client.org` loads its entry, the chunk with org's table and the transport (each with
// what it imports), at most 25 KB in all; every other resource's table is a chunk it never
// loads. The whole API (an app that uses every resource) is reported beside it.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { expect } = require('chai');
const { actionNames } = require('../../dist/internal.js');
const { bundleApp } = require('../helpers/packed-app');

const ORG_ONLY_BUDGET = 25000;
const RESOURCES = Object.keys(actionNames);

const ORG_APP = `
import { createClient } from 'losant-org-client';
const client = createClient({ accessToken: localStorage.getItem('token') });
client.org.get({ orgId: localStorage.getItem('orgId') }).then((org) => { document.title = org.name; });
`;

// One action of every resource, each called when the page asks for it.
const ALL_APP = `
import { createClient } from 'losant-org-client';
const client = createClient({ accessToken: localStorage.getItem('token') });
const calls = {
${RESOURCES.map((r) => `  ${r}: (params) => client.${r}.${actionNames[r][0]}(params),`).join('\n')}
};
window.addEventListener('message', (event) => calls[event.data.resource](event.data.params));
`;

/** The output files an entry loads: itself and its static imports, transitively. */
function staticClosure(outputs, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dependency of outputs[file].imports) {
    if (dependency.kind === 'import-statement') staticClosure(outputs, dependency.path, seen);
  }
  return seen;
}

/** The output file holding one chunk of the package (dist/browser/chunks/<name>.mjs): a resource's table, say. */
function chunkOf(outputs, name) {
  const pattern = new RegExp(`losant-org-client/dist/browser/chunks/${name}\\.mjs$`);
  const found = Object.keys(outputs).filter((file) => Object.keys(outputs[file].inputs).some((input) => pattern.test(input)));
  expect(found, name).to.have.length(1);
  return found[0];
}

/**
 * The output files holding the browser transport (transport.browser.ts, found by its own
 * message): an app's first request needs them whether the build puts them in the entry or
 * in a chunk loaded on that request, so what an app downloads counts them either way.
 */
function transportFiles(consumerDir, outputs) {
  const found = Object.keys(outputs).filter((file) => /\.js$/.test(file) && fs.readFileSync(path.join(consumerDir, file), 'utf8').includes('has no global fetch'));
  expect(found, 'the transport').to.have.length(1);
  return found;
}

function gzipped(consumerDir, files) {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(consumerDir, file));
    raw += bytes.length;
    gz += zlib.gzipSync(bytes).length;
  }
  return { files: files.length, raw, gz };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

describe('browser: bundle size (esbuild, minified, gzipped)', function () {
  this.timeout(60000);
  let org;
  let all;

  before(async () => {
    org = await bundleApp('size-org-only', { 'app.js': ORG_APP });
    all = await bundleApp('size-every-resource', { 'app.js': ALL_APP });
  });

  const consumerOf = (bundled) => path.dirname(bundled.dir);
  // The app's own entry (each lazily imported chunk is an entry point of esbuild's too).
  const entryOf = (bundled) => Object.keys(bundled.metafile.outputs).filter((file) => /-src\/app\.js$/.test(bundled.metafile.outputs[file].entryPoint || ''))[0];

  it(`an app that uses only client.org loads at most ${kb(ORG_ONLY_BUDGET)}, and no other resource's table`, () => {
    const outputs = org.metafile.outputs;
    const loaded = staticClosure(outputs, entryOf(org));
    staticClosure(outputs, chunkOf(outputs, 'org'), loaded);
    for (const file of transportFiles(consumerOf(org), outputs)) staticClosure(outputs, file, loaded);
    for (const resource of RESOURCES.filter((r) => r !== 'org')) {
      expect(loaded.has(chunkOf(outputs, resource)), resource).to.equal(false);
    }
    const size = gzipped(consumerOf(org), Array.from(loaded));
    console.log(`      org-only app: ${size.files} files, ${kb(size.raw)} minified, ${kb(size.gz)} gzipped`);
    expect(size.gz).to.be.at.most(ORG_ONLY_BUDGET);
  });

  it('an app that uses every resource: each resource its own chunk, loaded on its first call', () => {
    const outputs = all.metafile.outputs;
    const entry = staticClosure(outputs, entryOf(all));
    const tables = RESOURCES.map((r) => chunkOf(outputs, r));
    expect(new Set(tables).size).to.equal(RESOURCES.length);
    for (const table of tables) expect(entry.has(table)).to.equal(false);
    const files = Object.keys(outputs).filter((file) => /\.js$/.test(file));
    const whole = gzipped(consumerOf(all), files);
    const start = gzipped(consumerOf(all), Array.from(entry));
    console.log(`      every-resource app: ${whole.files} files, ${kb(whole.raw)} minified, ${kb(whole.gz)} gzipped in all; ${kb(start.gz)} before the first call`);
    // "Reasonable": the whole API (99 resources and 375 actions at API 1.30.0) with their schemas stays well under 200 KB.
    expect(whole.gz).to.be.at.most(200000);
  });
});
