'use strict';
// The import step (scripts/import-api.mjs) on a miniature description in the form Losant
// publishes it (test/fixtures/api-mini: apiInfo.json, schemas/, docs/, SOURCE.md), holding one
// case of each kind of mess the real one has and of each rule that fills in what apiInfo.json
// leaves to the reference pages and to its clients' conventions: every normalization rule and
// refinement, idempotence, --check, and removal of files the description no longer has. Runs
// the real CLI into a temporary folder.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { expect } = require('chai');

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'import-api.mjs');
const MINI = path.join(__dirname, '..', 'fixtures', 'api-mini');

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
    // Five schemas, one table and api.json (which description it was, and its counts).
    expect(res.out).to.match(/imported 1 resources, 6 actions, 5 schemas: 7 files written, 0 removed/);
    // apiExamples.json is no schema: its documents become the `examples` of the schemas they
    // name, save one that is only a $ref into apiExamples.json itself (it names nothing).
    expect(res.out).to.not.match(/not a JSON Schema/);
    expect(res.out).to.match(/published examples attached to their schemas: 1\n/);
    expect(fs.readdirSync(path.join(out, 'schemas')).sort()).to.deep.equal(
      ['advancedWidgetQuery.json', 'error.json', 'unusedThing.json', 'widgetExport.json', 'widgets.json']);
    expect(fs.readdirSync(path.join(out, 'table'))).to.deep.equal(['widgets.json']);
    const table = read('table', 'widgets.json');
    expect(table.$comment).to.match(/^GENERATED FILE — DO NOT EDIT\. Imported from the Losant API description 9\.9\.9 \(losant-rest-js 0\.0\.0 at commit 0000000; apiInfo\.json sha256 [0-9a-f]{16}\)\. Regenerate with: npm run import -- <description folder>$/);
    expect(Object.keys(table)).to.deep.equal(['$comment', 'name', 'actions']);
    expect(read('schemas', 'error.json').$comment).to.equal(table.$comment);
    expect(read('schemas', 'error.json').examples).to.deep.equal([{ type: 'NotFound', message: 'Widget was not found' }]);
    expect(read('schemas', 'widgets.json')).to.not.have.property('examples');
    const about = read('api.json');
    expect(about.$comment).to.equal(table.$comment);
    expect(about).to.deep.include({ apiVersion: '9.9.9', source: 'losant-rest-js 0.0.0 at commit 0000000', resources: 1, actions: 6 });
    expect(about.digest).to.match(/^[0-9a-f]{16}$/).and.to.equal(/sha256 ([0-9a-f]{16})/.exec(table.$comment)[1]);
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
    expect(byName.withParts.deprecated).to.equal(true); // kept for the types' @deprecated
    expect(byName.sortDirection).to.not.have.property('deprecated');
    expect(byName.filterField).to.not.have.property('enum'); // accepted-values-contradicted: its example is not listed
    expect(byName.thingId).to.deep.equal({
      name: 'thingId', in: 'path', type: 'string', required: true, description: 'ID of the thing', example: '575ec8687ae143cd83dc4a97',
    });
  });

  it('takes each fact from where Losant publishes it: apiInfo.json, the reference page, its clients\' rules', () => {
    run([MINI, '--out', out]);
    const { actions } = read('table', 'widgets.json');
    // The page's order, then the action it does not describe.
    expect(Object.keys(actions)).to.deep.equal(['archive', 'count', 'get', 'import', 'peek', 'changeStream']);
    const get = actions.get;
    expect(get).to.include({ title: 'Get', description: 'Returns the widgets', method: 'GET', path: '/things/{thingId}/widgets', transport: 'json', auth: 'token' });
    expect(get.queryDefaults).to.deep.equal({ _actions: false, _links: true, _embedded: true });
    expect(get.scopes).to.deep.equal(['all.Thing', 'all.Thing.read', 'widgets.*', 'widgets.get']); // the page's full list
    expect(get.params.map((p) => p.name)).to.deep.equal(['thingId', 'sortDirection', 'withParts', 'filterField', 'query', 'losantdomain']);
    expect(get.params[1].description).to.equal('Direction to sort the results by. Accepted values are: asc, desc'); // the page's text
    // `type: object` in the query travels as JSON text.
    expect(get.params[4]).to.include({ in: 'query', type: 'schema', schema: 'advancedWidgetQuery', schemaTitle: 'Advanced Widget Query', encode: 'json' });
    expect(get.params[4]).to.not.have.property('example'); // the page's example of a schema is a link
    expect(get.params[5]).to.deep.equal({ name: 'losantdomain', in: 'header', type: 'string', required: false, description: 'Domain scope of request (rarely needed)', example: 'example.com' });
    expect(get.errors).to.deep.equal([{ status: 400, title: 'Error', schema: 'error', description: 'Error if malformed request' }]);
    const imp = actions.import;
    expect(imp.transport).to.equal('multipart'); // a parameter `in: multipart`
    expect(imp.denyOauthTokens).to.equal(true);
    expect(imp.params[1]).to.deep.equal({ name: 'bundle', in: 'formData', type: 'file', required: true, description: 'The bundle' });
    expect(imp.params[2]).to.include({ in: 'formData', encode: 'json', schema: 'widgetExport', schemaTitle: 'Widget Export' });
    const peek = actions.peek;
    expect(peek).to.include({ auth: 'none', path: '/things/{thingId}/widgets/{widgetId}/peek' }); // "No api access token is required"
    expect(peek.scopes).to.deep.equal([]);
    expect(peek.params.map((p) => `${p.name}@${p.in}`)).to.deep.equal(['thingId@path', 'widgetId@path', 'losantdomain@header']);
    expect(peek.responses).to.deep.equal([{ status: 204, title: 'undefined', description: 'Nothing to see' }]);
  });

  it('fills in a stream the pages leave out from apiInfo.json and the rules', () => {
    run([MINI, '--out', out]);
    const stream = read('table', 'widgets.json').actions.changeStream;
    expect(stream).to.include({ title: 'Change Stream', transport: 'eventStream', auth: 'token', path: '/things/{thingId}/widgets/changeStream' });
    expect(stream.description).to.equal('Attach to a real time stream of widget changes using Server Sent Events (SSE)');
    expect(stream.queryDefaults).to.deep.equal({}); // streams send no _actions/_links/_embedded
    // The list two of the three documented GETs share (archive's differs; peek needs no token), and its own scope.
    expect(stream.scopes).to.deep.equal(['all.Thing', 'all.Thing.read', 'widgets.*', 'widgets.changeStream']);
    expect(stream.params[1]).to.deep.equal({
      name: 'keepAliveInterval', in: 'query', type: 'string', required: false, description: 'Number of seconds between keepalive messages', default: '2', example: '2',
    });
    expect(stream.params[2].name).to.equal('losantdomain');
    expect(stream.responses).to.deep.equal([]);
    expect(stream.errors).to.deep.equal([{ status: 400, title: 'Error', schema: 'error', description: 'Error if malformed request' }]);
    expect(stream.events).to.deep.equal([{ event: 'widgetChange', description: 'An SSE event representing one change', schema: 'widgets' }]);
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

  it('import-diff.mjs lists what an import would change, and nothing when nothing would', () => {
    run([MINI, '--out', out]);
    const diff = (args) => {
      const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'import-diff.mjs'), MINI, '--against', out, ...args], { cwd: ROOT, encoding: 'utf8' });
      return { code: res.status, out: res.stdout + res.stderr };
    };
    expect(diff([])).to.deep.equal({ code: 0, out: '0 differences\n' });
    const file = path.join(out, 'table', 'widgets.json');
    const table = JSON.parse(fs.readFileSync(file, 'utf8'));
    table.actions.get.params[1].example = 'desc';
    delete table.actions.count.params[0].example;
    fs.writeFileSync(file, JSON.stringify(table));
    fs.writeFileSync(path.join(out, 'schemas', 'gone.json'), '{}');
    const kinds = diff([]);
    expect(kinds.code).to.equal(1);
    expect(kinds.out).to.include('schemas removed: 1  e.g. schemas/gone.json: "the file" → (none)');
    expect(kinds.out).to.include('table/actions/*/params/*/example changed: 1  e.g. table/widgets.json/actions/get/params/sortDirection/example: "desc" → "asc"');
    expect(kinds.out).to.include('table/actions/*/params/*/example added: 1');
    expect(kinds.out).to.match(/3 differences\n$/);
    expect(diff(['--all']).out).to.include('table/widgets.json/actions/count/params/thingId/example: (none) → "575ec8687ae143cd83dc4a97"');
  });

  describe('fails on what it does not recognise instead of guessing', () => {
    let bad;
    beforeEach(() => {
      bad = fs.mkdtempSync(path.join(os.tmpdir(), 'import-bad-'));
      fs.cpSync(MINI, bad, { recursive: true });
    });
    afterEach(() => fs.rmSync(bad, { recursive: true, force: true }));
    const edit = (file, change) => {
      const at = path.join(bad, file);
      fs.writeFileSync(at, change(fs.readFileSync(at, 'utf8')));
    };
    const editInfo = (change) => edit('apiInfo.json', (text) => {
      const info = JSON.parse(text);
      change(info.widgets);
      return JSON.stringify(info);
    });
    const fails = (pattern) => {
      const res = run([bad, '--out', out]);
      expect(res.code, res.out).to.equal(1);
      expect(res.out).to.match(pattern);
      expect(fs.existsSync(path.join(out, 'schemas'))).to.equal(false);
    };

    it('an unknown parameter location', () => {
      editInfo((w) => { w.actions.get.params[0].in = 'cookie'; });
      fails(/widgets\.get\(sortDirection\): unknown location cookie/);
    });
    it('an unknown field', () => {
      editInfo((w) => { w.actions.get.cacheFor = 60; });
      fails(/widgets\.get: unknown action field "cacheFor"/);
    });
    it('a page and apiInfo.json that disagree', () => {
      edit('docs/widgets.md', (text) => text.replace('| bundle | file | Y |', '| bundle | file | N |'));
      fails(/widgets\.import\(bundle\): required true in apiInfo\.json, false in the page/);
    });
    it('a parameter the page does not list', () => {
      editInfo((w) => { w.actions.count.params = [{ name: 'since', in: 'query', type: 'string', description: 'Since' }]; });
      fails(/widgets\.count: parameter since is not in the reference page/);
    });
    it('an authentication paragraph it cannot read', () => {
      edit('docs/widgets.md', (text) => text.replace('No api access token is required to call this action.', 'Ask first.'));
      fails(/docs\/widgets\.md "Peek": authentication text not recognised/);
    });
  });
});
