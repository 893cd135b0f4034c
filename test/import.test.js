'use strict';
// The import step (scripts/import-api.mjs) on a miniature description in the published
// format (test/fixtures/api-mini), holding one case of each kind of mess the real one has:
// every normalization rule and refinement, idempotence, --check, and removal of files the
// description no longer has. Runs the real CLI into a temporary folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { expect } = require('chai');

const ROOT = path.join(__dirname, '..');
const SCRIPT = path.join(ROOT, 'scripts', 'import-api.mjs');
const MINI = path.join(__dirname, 'fixtures', 'api-mini');

function run(args) {
  const res = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: res.status, out: res.stdout + res.stderr };
}

describe('scripts/import-api.mjs', () => {
  let out;
  const read = (...parts) => JSON.parse(fs.readFileSync(path.join(out, ...parts), 'utf8'));
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), 'import-'));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it('writes every schema and one table file per resource, with the banner', () => {
    const res = run([MINI, '--out', out]);
    expect(res.code, res.out).to.equal(0);
    expect(res.out).to.match(/imported 1 resources, 2 actions, 5 schemas: 6 files written, 0 removed/);
    expect(fs.readdirSync(path.join(out, 'schemas')).sort()).to.deep.equal(
      ['advancedWidgetQuery.json', 'error.json', 'unusedThing.json', 'widgetExport.json', 'widgets.json']);
    expect(fs.readdirSync(path.join(out, 'table'))).to.deep.equal(['widgets.json']);
    const table = read('table', 'widgets.json');
    expect(table.$comment).to.match(/^GENERATED FILE — DO NOT EDIT\. Imported from the Losant API description 9\.9\.9 \(.*sha256 [0-9a-f]{16}\)\. Regenerate with: npm run import -- <description folder>$/);
    expect(read('schemas', 'error.json').$comment).to.equal(table.$comment);
  });

  it('normalizes the published mess, one rule at a time', () => {
    run([MINI, '--out', out]);
    const query = read('schemas', 'advancedWidgetQuery.json');
    expect(query.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(query.$id).to.equal('https://losant-org-client/schemas/advancedWidgetQuery.json');
    expect(query.title).to.equal('Advanced Widget Query'); // from the description's schemaTitle
    expect(query.properties.$and.items.$ref).to.equal('#'); // self-ref
    expect(query.properties.$and.maxItems).to.equal(100); // numeric
    expect(query.properties.name.pattern).to.equal('.*\\{\\{.+\\}\\}.*'); // unicode
    const exp = read('schemas', 'widgetExport.json');
    expect(exp.$schema).to.equal('http://json-schema.org/draft-07/schema#'); // draft
    expect(exp.properties.query.properties.$or.items.$ref).to.equal('advancedWidgetQuery.json'); // cross-ref
    expect(exp.properties.value.anyOf).to.deep.equal([{ type: 'string' }, { type: 'number' }, { type: 'null' }]); // list-in-list
    const widgets = read('schemas', 'widgets.json');
    expect(widgets.items).to.deep.equal({ type: 'object', title: 'Widget', properties: { id: { type: 'string', pattern: '^[A-Fa-f\\d]{24}$' } } }); // mis-nested
    expect(read('schemas', 'unusedThing.json').title).to.equal('Unused Thing'); // no action names it: titled from its name
  });

  it('refines parameters by the general rules and keeps the published facts', () => {
    run([MINI, '--out', out]);
    const get = read('table', 'widgets.json').actions.get;
    const byName = {};
    for (const p of get.params) byName[p.name] = p;
    expect(byName.sortDirection.enum).to.deep.equal(['asc', 'desc']); // accepted-values
    expect(byName.withParts.enum).to.deep.equal(['true', 'false']); // boolean-flag
    expect(byName.filterField).to.not.have.property('enum'); // accepted-values-contradicted: its example is not listed
    expect(byName.query.encode).to.equal('json'); // json-query
    expect(byName.thingId).to.deep.equal({
      name: 'thingId', in: 'path', type: 'string', required: true, description: 'ID of the thing', example: '575ec8687ae143cd83dc4a97',
    });
    expect(get.scopes).to.deep.equal(['all.Thing', 'widgets.*', 'widgets.get']);
    const imp = read('table', 'widgets.json').actions.import;
    expect(imp.transport).to.equal('multipart');
    expect(imp.params[2]).to.include({ in: 'formData', encode: 'json', schema: 'widgetExport' });
  });

  it('is idempotent, and --check says when the output is stale', () => {
    run([MINI, '--out', out]);
    const before = fs.readFileSync(path.join(out, 'table', 'widgets.json'), 'utf8');
    const again = run([MINI, '--out', out]);
    expect(again.out).to.match(/0 files written, 0 removed/);
    expect(fs.readFileSync(path.join(out, 'table', 'widgets.json'), 'utf8')).to.equal(before);
    expect(run([MINI, '--out', out, '--check']).code).to.equal(0);
    fs.writeFileSync(path.join(out, 'schemas', 'error.json'), '{}\n');
    fs.writeFileSync(path.join(out, 'table', 'gone.json'), '{}\n');
    const stale = run([MINI, '--out', out, '--check']);
    expect(stale.code).to.equal(1);
    expect(stale.out).to.match(/schemas\/error\.json is stale/).and.match(/table\/gone\.json is no longer in the description/);
    const fixed = run([MINI, '--out', out]);
    expect(fixed.out).to.match(/1 files written, 1 removed/);
    expect(fs.existsSync(path.join(out, 'table', 'gone.json'))).to.equal(false);
  });

  it('fails on what it does not recognise instead of guessing', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
    try {
      fs.cpSync(MINI, bad, { recursive: true });
      const api = JSON.parse(fs.readFileSync(path.join(bad, 'losant-api.json'), 'utf8'));
      api.resources.widgets.actions.get.params[0].in = 'cookie';
      fs.writeFileSync(path.join(bad, 'losant-api.json'), JSON.stringify(api));
      const res = run([bad, '--out', out]);
      expect(res.code).to.equal(1);
      expect(res.out).to.match(/widgets\.get\(thingId\): unknown location cookie/);
      expect(fs.existsSync(path.join(out, 'schemas'))).to.equal(false);
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });
});
