'use strict';
// The generated docs hold together: every relative link and anchor of docs/*.md, the
// guides (docs/guide/*.md) and README.md resolves, every type link names a schema file that exists, docs/_schemas.md
// indexes every schema with its real TypeScript name and shows valid examples where the
// parameters tables point, the TypeScript types the pages name are the real ones, and
// `--check` catches a stale page, a stale list of actions (in docs/guide/actions.md) and a
// leftover page.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { expect } = require('chai');
const ts = require('typescript');
const { anchors, links, sections, codeBlocks, proseLines } = require('../../scripts/docs/md-parse.cjs');

const ROOT = path.join(__dirname, '..', '..');
const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const DOCS = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);
const GUIDES = fs.readdirSync(path.join(ROOT, 'docs', 'guide')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/guide/${f}`);
const TABLE_DIR = path.join(ROOT, 'lib', 'actions', 'table');
// The counts the importer recorded for the description the tables come from.
const API = require('../../lib/actions/api.json');
const resources = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));
const schemaFiles = fs.readdirSync(path.join(ROOT, 'schemas')).filter((f) => f.endsWith('.json')).sort();
const loadInternal = () => require(path.join(ROOT, 'dist', 'internal.js'));

/** Schema name → TypeScript name, from the `SchemaTypes` interface the type generator writes. */
function schemaTypeNames() {
  const body = /export interface SchemaTypes \{([^}]*)\}/.exec(read('lib/generated/schema-types.ts'))[1];
  const names = {};
  for (const m of body.matchAll(/^\s*(\w+):\s*(\w+);/gm)) names[m[1]] = m[2];
  return names;
}

/**
 * The `##` sections of _schemas.md by schema name (read from each section's File line),
 * each with the anchors of its headings, computed as GitHub does over the whole page.
 */
function schemasPage() {
  const md = read('docs/_schemas.md');
  const headingAnchors = anchors(md);
  const groups = [];
  proseLines(md).filter((l) => /^#{1,6}\s/.test(l)).forEach((line, i) => {
    if (/^## /.test(line)) groups.push([]);
    if (groups.length) groups[groups.length - 1].push(headingAnchors[i]);
  });
  const bySchema = {};
  sections(md).forEach((section, i) => {
    const file = section.lines.map((l) => /^File: \[schemas\/(\w+)\.json\]\(\.\.\/schemas\/\1\.json\)\. /.exec(l)).find(Boolean);
    if (file) bySchema[file[1]] = Object.assign({ anchors: groups[i] }, section);
  });
  return { md, bySchema };
}

describe('docs: links, anchors, schemas, types, freshness', () => {
  it('resolves every relative link and anchor in docs/*.md, docs/guide/*.md and README.md', () => {
    let checked = 0;
    const anchorCache = {};
    for (const doc of DOCS.concat(GUIDES, 'README.md')) {
      for (const { target } of links(read(doc))) {
        if (/^[a-z]+:/i.test(target)) continue; // an absolute URL: not ours to check offline
        const [file, anchor] = target.split('#');
        const rel = file ? path.relative(ROOT, path.resolve(ROOT, path.dirname(doc), file)) : doc;
        expect(fs.existsSync(path.join(ROOT, rel)), `${doc}: ${target}`).to.equal(true);
        if (anchor !== undefined) {
          expect(rel, `${doc}: ${target} (anchor into a non-Markdown file)`).to.match(/\.md$/);
          if (!anchorCache[rel]) anchorCache[rel] = new Set(anchors(read(rel)));
          expect(anchorCache[rel].has(anchor), `${doc}: ${target}`).to.equal(true);
        }
        checked++;
      }
    }
    // Every action links its answers, errors and body examples; the indexes link every page.
    expect(checked).to.be.above(3500);
  });

  it('points every type link at a schema file, and links every schema some action uses', () => {
    const targets = new Set();
    for (const r of resources) {
      for (const { target } of links(read(`docs/${r.name}.md`))) if (target.startsWith('../schemas/')) targets.add(target);
    }
    for (const t of targets) expect(fs.existsSync(path.join(ROOT, 'docs', t)), t).to.equal(true);
    const used = new Set();
    for (const r of resources) {
      for (const a of Object.values(r.actions)) {
        for (const x of a.params.concat(a.responses, a.errors, a.events || [])) if (x.schema) used.add(`../schemas/${x.schema}.json`);
      }
    }
    expect(targets).to.deep.equal(used);
  });

  it('indexes every schema file in _schemas.md with its file, TypeScript name and uses', () => {
    const { md, bySchema } = schemasPage();
    const tsNames = schemaTypeNames();
    expect(sections(md)).to.have.length(schemaFiles.length);
    for (const file of schemaFiles) {
      const name = file.slice(0, -5);
      const section = bySchema[name];
      expect(section, file).to.not.equal(undefined);
      expect(section.title, file).to.equal(JSON.parse(read(`schemas/${file}`)).title);
      const text = section.lines.join('\n');
      if (tsNames[name]) expect(text, file).to.include(`TypeScript: \`${tsNames[name]}\` (also \`SchemaTypes['${name}']\`).`);
      else expect(text, file).to.include('TypeScript: none');
      expect(text, file).to.match(/\nUsed by: .+\.(\n|$)/);
    }
  });

  it('links each parameter of a schema to an example of that same schema, valid against it', () => {
    const { bySchema } = schemasPage();
    const { schemas, checkSchema } = loadInternal();
    const exampleOf = {};
    for (const name of Object.keys(bySchema)) {
      const blocks = codeBlocks(bySchema[name].lines).filter((b) => b.lang === 'json');
      if (!blocks.length) continue;
      expect(blocks, name).to.have.length(1);
      const example = JSON.parse(blocks[0].code);
      const problem = checkSchema(schemas[name], example);
      expect(problem, `${name}: ${JSON.stringify(problem)}`).to.equal(undefined);
      exampleOf[name] = bySchema[name].anchors[1];
    }
    let linked = 0;
    for (const r of resources) {
      const targets = links(read(`docs/${r.name}.md`)).filter((l) => l.target.startsWith('_schemas.md#'));
      const expected = [];
      for (const a of Object.values(r.actions)) for (const p of a.params) if (p.schema) expected.push(`_schemas.md#${exampleOf[p.schema]}`);
      expect(targets.map((l) => l.target), r.name).to.deep.equal(expected);
      linked += expected.length;
    }
    // The only schemas with examples are those some parameter takes, and every such parameter links to one.
    const schemaParams = [];
    for (const r of resources) for (const a of Object.values(r.actions)) for (const p of a.params) if (p.schema) schemaParams.push(p.schema);
    expect(linked).to.equal(schemaParams.length).and.to.be.above(150);
    expect(Object.keys(exampleOf).sort()).to.deep.equal(Array.from(new Set(schemaParams)).sort());
  });

  it('names TypeScript types that the compiler agrees with, for every action', function () {
    this.timeout(120000);
    const claims = [];
    const re = /TypeScript: `Result<'(\w+)', '(\w+)'>`, i\.e\. `([\w |]+)`\)?[;:].*Params type: `Params<'(\w+)', '(\w+)'>`, i\.e\. `(\w+)`\./g;
    for (const r of resources) {
      let m;
      const md = read(`docs/${r.name}.md`);
      while ((m = re.exec(md))) claims.push(m);
    }
    expect(claims).to.have.length(API.actions);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-types-'));
    try {
      const file = path.join(dir, 'claims.ts');
      const names = new Set();
      for (const c of claims) {
        for (const n of c[3].split(' | ')) if (n !== 'undefined') names.add(n);
        names.add(c[6]);
      }
      fs.writeFileSync(file, [
        `import type { Result, Params, ${Array.from(names).join(', ')} } from ${JSON.stringify(path.join(ROOT, 'dist', 'index'))};`,
        'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        ...claims.map((c, i) => `const r${i}: Same<Result<'${c[1]}', '${c[2]}'>, ${c[3]}> = true; ` +
          `const p${i}: Same<Params<'${c[4]}', '${c[5]}'>, ${c[6]}> = true;`),
        `export { ${claims.map((_, i) => `r${i}, p${i}`).join(', ')} };`,
      ].join('\n'));
      const program = ts.createProgram([file], {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2018, module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: true, types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).to.deep.equal([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts every generated page with the banner naming npm run build:docs', () => {
    for (const doc of DOCS) {
      if (doc === 'docs/emulator.md' || doc === 'docs/compatibility.md') continue;
      expect(read(doc).split('\n')[0], doc).to.match(/^<!-- GENERATED FILE — DO NOT EDIT\. Source: .+\. Regenerate with: npm run build:docs -->$/);
    }
  });

  it('reports the docs and the list of actions as up to date', function () {
    this.timeout(60000);
    const run = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    // A page per resource, docs/README.md, docs/_schemas.md and the resource list of docs/guide/actions.md.
    expect(run.stdout).to.include(`docs are up to date (${API.resources + 3} files)`);
  });

  it('fails --check, naming each stale file, for a changed page, a changed list of actions and a leftover page', function () {
    this.timeout(60000);
    // A copy of just what the generator reads, so the real docs are never touched.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-stale-'));
    try {
      for (const rel of ['scripts', 'dist', 'schemas', 'docs', 'lib/actions/table', 'lib/generated/api.ts', 'lib/generated/schema-types.ts']) {
        fs.cpSync(path.join(ROOT, rel), path.join(dir, rel), { recursive: true });
      }
      const edit = (rel, from, to) => {
        const text = fs.readFileSync(path.join(dir, rel), 'utf8');
        expect(text, rel).to.include(from);
        fs.writeFileSync(path.join(dir, rel), text.replace(from, to));
      };
      const first = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: dir, encoding: 'utf8' });
      expect(first.status, first.stderr).to.equal(0);
      edit('docs/org.md', 'Deletes an organization', 'Deletes an org');
      edit('docs/guide/actions.md', '[`sendState`](../device.md#send-state), ', '');
      edit('docs/device.md', 'device.*, or device.stateStream.', 'device.*.');
      fs.rmSync(path.join(dir, 'docs', '_schemas.md'));
      fs.writeFileSync(path.join(dir, 'docs', 'gone.md'), `${read('docs/org.md').split('\n')[0]}\n# Gone Actions\n`);
      const run = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).to.equal(1);
      expect(run.stderr.trim().split('\n').sort()).to.deep.equal([
        'docs/_schemas.md is stale; run npm run build:docs',
        'docs/device.md is stale; run npm run build:docs',
        'docs/gone.md should not exist; run npm run build:docs',
        'docs/guide/actions.md is stale; run npm run build:docs',
        'docs/org.md is stale; run npm run build:docs',
      ]);
      // Writing mends all of it, and leaves the hand-written pages alone.
      const write = spawnSync(process.execPath, ['scripts/build-docs.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(write.status, write.stderr).to.equal(0);
      expect(fs.existsSync(path.join(dir, 'docs', 'gone.md'))).to.equal(false);
      for (const rel of ['docs/org.md', 'docs/device.md', 'docs/_schemas.md', 'docs/guide/actions.md', 'docs/emulator.md', 'docs/compatibility.md']) {
        expect(fs.readFileSync(path.join(dir, rel), 'utf8'), rel).to.equal(read(rel));
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an actions guide without the resource-list markers', function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-markers-'));
    try {
      for (const rel of ['scripts', 'dist', 'schemas', 'docs', 'lib/actions/table', 'lib/generated/api.ts', 'lib/generated/schema-types.ts']) {
        fs.cpSync(path.join(ROOT, rel), path.join(dir, rel), { recursive: true });
      }
      fs.writeFileSync(path.join(dir, 'docs', 'guide', 'actions.md'), read('docs/guide/actions.md').replace(/<!-- END resource list -->/, ''));
      const run = spawnSync(process.execPath, ['scripts/build-docs.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).to.equal(1);
      expect(run.stderr).to.include('docs/guide/actions.md needs one resource list between the lines');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
