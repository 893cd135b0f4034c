'use strict';
// README.md and the guides (docs/guide/*.md) must work as written. Every ```javascript
// block is a complete program (it starts its own emulator, so it needs no account and no
// network): each is run as a user would, from a folder where `losant-org-client` is
// installed, and must exit cleanly having printed something and no error. Every ```ts
// block must compile in strict mode against the published types. (```js blocks are
// fragments that assume a client; they are not run.) The README points at every guide;
// the actions guide holds the generated list of every resource and action.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { expect } = require('chai');
const ts = require('typescript');
const { codeBlocks, links } = require('../../scripts/docs/md-parse.cjs');

const ROOT = path.join(__dirname, '..', '..');
const read = (rel) => fs.readFileSync(path.join(ROOT, rel), 'utf8');
const README = read('README.md');
const GUIDES = fs.readdirSync(path.join(ROOT, 'docs', 'guide')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/guide/${f}`);
/** Every code block of the README and the guides, each with the page it stands in. */
const blocks = ['README.md'].concat(GUIDES)
  .flatMap((page) => codeBlocks(read(page).split('\n')).map((block) => Object.assign({ page }, block)));

/** Runs `node file` in `cwd`; a hung example is killed after `guardMs` (a guard, not a measurement). */
function runNode(file, cwd, guardMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [file], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const guard = setTimeout(() => child.kill('SIGKILL'), guardMs);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('README.md and the guides', () => {
  let dir;
  before(() => {
    // A consumer folder with the package "installed" (a link to this checkout, so dist/ is what runs).
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-'));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(dir, 'node_modules', 'losant-org-client'), 'dir');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every resource of the table in the actions guide, between the markers, each action linked to its section', () => {
    const page = read('docs/guide/actions.md');
    const begin = page.indexOf('<!-- BEGIN resource list: GENERATED, DO NOT EDIT. Regenerate with: npm run build:docs -->');
    const end = page.indexOf('<!-- END resource list -->');
    expect(begin).to.be.above(-1);
    expect(end).to.be.above(begin);
    const rows = page.slice(begin, end).split('\n').filter((l) => /^\| \[/.test(l));
    const dir = path.join(ROOT, 'lib', 'actions', 'table');
    const resources = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    expect(rows).to.have.length(resources.length).and.to.have.length(require('../../lib/actions/api.json').resources);
    resources.forEach((resource, i) => {
      const target = `../${resource.name}.md`;
      const expected = [`\`${resource.name}\` ${target}`].concat(Object.keys(resource.actions).map((name) =>
        `\`${name}\` ${target}#${resource.actions[name].title.toLowerCase().replace(/ /g, '-')}`));
      expect(links(rows[i]).map((l) => `${l.text} ${l.target}`), resource.name).to.deep.equal(expected);
    });
  });

  it('points its Read on section at the reference, the schemas and every guide', () => {
    const readOn = README.slice(README.indexOf('## Read on'), README.indexOf('## License'));
    const targets = links(readOn).map((l) => l.target.split('#')[0]);
    expect(targets).to.include.members(['docs/README.md', 'docs/_schemas.md', 'CHANGELOG.md'].concat(GUIDES));
  });

  it('keeps the measured part of the performance guide for the benchmark run', () => {
    const page = read('docs/guide/performance.md');
    expect(page).to.match(/^# Performance$/m);
    const begin = page.indexOf('<!-- BEGIN measured: written by npm run bench (bench/run.mjs), DO NOT EDIT -->');
    expect(begin).to.be.above(-1);
    expect(page.indexOf('<!-- END measured -->')).to.be.above(begin);
  });

  const programs = blocks.filter((b) => b.lang === 'javascript');
  it('has runnable examples: CommonJS and ES module', () => {
    expect(programs.filter((b) => /^import /m.test(b.code))).to.have.length.at.least(1);
    expect(programs.filter((b) => /require\('losant-org-client'\)/.test(b.code))).to.have.length.at.least(3);
  });

  programs.forEach((block, i) => {
    const esm = /^import /m.test(block.code);
    const firstLine = block.code.split('\n').find((l) => /client\.(org|request|device)/.test(l)) || '';
    it(`runs javascript example ${i + 1} of ${block.page} (${esm ? 'ESM' : 'CommonJS'}: ${firstLine.trim().slice(0, 50)})`, async function () {
      this.timeout(30000);
      const file = path.join(dir, `example-${i + 1}.${esm ? 'mjs' : 'js'}`);
      fs.writeFileSync(file, block.code);
      const run = await runNode(file, dir, 25000);
      expect(run.stderr, `example ${i + 1} wrote to stderr`).to.equal('');
      expect(run.signal, `example ${i + 1} did not exit by itself`).to.equal(null);
      expect(run.code).to.equal(0);
      expect(run.stdout.trim()).to.not.equal('');
    });
  });

  it('has TypeScript examples that compile in strict mode against the published types', function () {
    this.timeout(60000);
    const sources = blocks.filter((b) => b.lang === 'ts');
    expect(sources).to.have.length.at.least(1);
    const files = sources.map((b, i) => {
      const file = path.join(dir, `example-${i + 1}.ts`);
      // Each example is its own module, so their top-level names cannot clash.
      fs.writeFileSync(file, `${b.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true, noEmit: true, target: ts.ScriptTarget.ES2018, module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10, lib: ['lib.es2018.d.ts'], skipLibCheck: true,
      types: ['node'], typeRoots: [path.join(ROOT, 'node_modules', '@types')],
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).to.deep.equal([]);
  });
});
