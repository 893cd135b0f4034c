'use strict';
// The generated docs hold together: every relative link and anchor resolves,
// every schema example is valid and shown as it is in the schema file, the
// TypeScript types the docs name are the real ones, and `--check` catches a
// stale doc.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { expect } = require('chai');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const ts = require('typescript');
const { anchors, links, sections, codeBlocks } = require('../scripts/docs/md-parse.cjs');

const ROOT = path.join(__dirname, '..');
const DOCS = ['docs/org.md', 'docs/_schemas.md', 'README.md'];
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const schemaFiles = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

describe('docs: links, anchors, schema examples, freshness', () => {
  it('resolves every relative link and anchor in docs/org.md, docs/_schemas.md and README.md', () => {
    let checked = 0;
    for (const doc of DOCS) {
      for (const { target } of links(read(doc))) {
        if (/^[a-z]+:/i.test(target)) continue; // an absolute URL: not ours to check offline
        const [file, anchor] = target.split('#');
        const rel = file ? path.relative(ROOT, path.resolve(ROOT, path.dirname(doc), file)) : doc;
        expect(fs.existsSync(path.join(ROOT, rel)), `${doc}: ${target}`).to.equal(true);
        if (anchor !== undefined) {
          expect(rel, `${doc}: ${target} (anchor into a non-Markdown file)`).to.match(/\.md$/);
          expect(anchors(read(rel)), `${doc}: ${target}`).to.include(anchor);
        }
        checked++;
      }
    }
    expect(checked).to.be.above(100);
  });

  it('links every body parameter to an example heading that exists in _schemas.md', () => {
    const targets = links(read('docs/org.md')).map((l) => l.target).filter((t) => t.startsWith('_schemas.md#'));
    expect(targets).to.include.members([
      '_schemas.md#organization-invitation-post-example', '_schemas.md#organization-member-patch-example',
      '_schemas.md#organization-patch-example', '_schemas.md#resource-transfer-example',
    ]);
    const known = anchors(read('docs/_schemas.md'));
    for (const t of targets) expect(known, t).to.include(t.split('#')[1]);
  });

  it('points every type link at a schema file that exists, and links all 12 schemas', () => {
    const targets = new Set(links(read('docs/org.md')).map((l) => l.target).filter((t) => t.startsWith('../schemas/')));
    for (const t of targets) expect(fs.existsSync(path.join(ROOT, 'docs', t)), t).to.equal(true);
    expect(targets.size).to.be.at.least(8);
    const fromSchemasMd = links(read('docs/_schemas.md')).map((l) => l.target).filter((t) => t.startsWith('../schemas/'));
    expect(new Set(fromSchemasMd)).to.deep.equal(new Set(schemaFiles.map((f) => `../schemas/${f}`)));
  });

  it('validates every schema example against its schema (Ajv, with formats)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    let count = 0;
    for (const file of schemaFiles) {
      const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
      const validate = ajv.compile(schema);
      expect(schema.examples, file).to.be.an('array').that.is.not.empty;
      for (const example of schema.examples) {
        expect(validate(example), `${file}: ${ajv.errorsText(validate.errors)}`).to.equal(true);
        count++;
      }
    }
    expect(count).to.be.at.least(12);
  });

  it('shows in _schemas.md exactly the examples of each schema file', () => {
    const bySection = {};
    for (const s of sections(read('docs/_schemas.md'))) bySection[s.title] = s;
    for (const file of schemaFiles) {
      const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8'));
      const section = bySection[schema.title];
      expect(section, schema.title).to.not.equal(undefined);
      const shown = codeBlocks(section.lines).filter((b) => b.lang === 'json').map((b) => JSON.parse(b.code));
      // The examples, in order, then the schema itself.
      expect(shown, file).to.deep.equal([...schema.examples, schema]);
    }
  });

  it('names TypeScript types that the compiler agrees with', function () {
    this.timeout(60000);
    const claims = [];
    const re = /TypeScript: `OrgResult<'(\w+)'>`, i\.e\. `(\w+)`\);.*Params type: `OrgParams<'(\w+)'>`/g;
    let m;
    while ((m = re.exec(read('docs/org.md')))) claims.push(m);
    expect(claims).to.have.length(13);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-types-'));
    try {
      const file = path.join(dir, 'claims.ts');
      const names = Array.from(new Set(claims.map((c) => c[2])));
      fs.writeFileSync(file, [
        `import type { OrgResult, OrgParams, ${names.join(', ')} } from ${JSON.stringify(path.join(ROOT, 'dist', 'index'))};`,
        'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        ...claims.map((c, i) => `const r${i}: Same<OrgResult<'${c[1]}'>, ${c[2]}> = true; const p${i}: OrgParams<'${c[3]}'> | undefined = undefined;`),
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

  it('reports both generated docs as up to date', () => {
    const run = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).to.equal('');
    expect(run.status).to.equal(0);
    expect(run.stdout).to.include('docs/org.md is up to date').and.include('docs/_schemas.md is up to date');
  });

  it('fails --check with the regenerate command when a doc is stale', () => {
    // A copy of just what the generator reads, so the real docs are never touched.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-stale-'));
    try {
      for (const rel of ['scripts', 'dist', 'schemas', 'docs', 'lib/generated/types.ts']) {
        fs.cpSync(path.join(ROOT, rel), path.join(dir, rel), { recursive: true });
      }
      const orgMd = path.join(dir, 'docs', 'org.md');
      fs.writeFileSync(orgMd, fs.readFileSync(orgMd, 'utf8').replace('Deletes an organization', 'Deletes an org'));
      fs.rmSync(path.join(dir, 'docs', '_schemas.md'));
      const run = spawnSync(process.execPath, ['scripts/build-docs.mjs', '--check'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).to.equal(1);
      expect(run.stderr).to.include('docs/org.md is stale; run npm run build:docs');
      expect(run.stderr).to.include('docs/_schemas.md is stale; run npm run build:docs');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
