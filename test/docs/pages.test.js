'use strict';
// Every docs/<resource>.md against the action table it is generated from
// (lib/actions/table/<resource>.json): one page per resource, one section per
// action in table order, and in each section the description, an example that
// calls the action with its required params, the scopes, and every parameter,
// response, event and error row. The pages are parsed here (md-parse.cjs), not
// re-rendered, so a generator bug cannot hide itself.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { sections, codeBlocks, tables, firstParagraph } = require('../../scripts/docs/md-parse.cjs');
// The counts the importer recorded for the description the tables come from.
const API = require('../../lib/actions/api.json');

const ROOT = path.join(__dirname, '..', '..');
const TABLE_DIR = path.join(ROOT, 'lib', 'actions', 'table');
const resources = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));
const HAND_WRITTEN = ['compatibility.md', 'emulator.md'];
const INDEXES = ['README.md', '_schemas.md'];

const readPage = (name) => fs.readFileSync(path.join(ROOT, 'docs', `${name}.md`), 'utf8');
const decode = (text) => text.replace(/&#x27;/g, "'");
const yn = (required) => (required ? 'Y' : 'N');
const schemaLink = (title, schema) => `[${title}](../schemas/${schema}.json)`;

/** The seed's scope sentence: "a, b, or c." */
function scopeParagraph(scopes) {
  const list = scopes.length > 1 ? `${scopes.slice(0, -1).join(', ')}, or ${scopes[scopes.length - 1]}` : scopes.join('');
  return [
    'The client must be configured with a valid api access token to call this',
    'action. The token must include at least one of the following scopes:',
    `${list}.`,
  ].join('\n');
}

function authentication(lines) {
  const start = lines.indexOf('#### Authentication');
  return start === -1 ? undefined : firstParagraph(lines.slice(start + 1));
}

const tableUnder = (lines, heading) => tables(lines).find((t) => t.heading === heading);

describe('docs/<resource>.md: one page per resource, matching the action table', () => {
  it('has a page for every resource of the table and no other generated page', () => {
    expect(resources).to.have.length(API.resources);
    const pages = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort();
    const expected = resources.map((r) => `${r.name}.md`).concat(HAND_WRITTEN, INDEXES).sort();
    expect(pages).to.deep.equal(expected);
  });

  it('has the totals of the table: a section per action, a row per parameter, response, event and error', () => {
    const totals = { actions: 0, params: 0, responses: 0, events: 0, errors: 0 };
    const want = { actions: 0, params: 0, responses: 0, events: 0, errors: 0 };
    for (const resource of resources) {
      for (const a of Object.values(resource.actions)) {
        want.actions++;
        want.params += a.params.length;
        want.responses += a.responses.length;
        want.events += (a.events || []).length;
        want.errors += a.errors.length;
      }
    }
    const rows = (lines, heading) => {
      const t = tableUnder(lines, heading);
      return t ? t.rows.length - 1 : 0;
    };
    for (const resource of resources) {
      for (const { lines } of sections(readPage(resource.name))) {
        totals.actions++;
        totals.params += rows(lines, 'Available Parameters');
        totals.responses += rows(lines, 'Successful Responses');
        totals.events += rows(lines, 'Stream Events');
        totals.errors += rows(lines, 'Error Responses');
      }
    }
    expect(totals).to.deep.equal(want);
    expect(want.actions).to.equal(API.actions);
  });

  for (const resource of resources) {
    const names = Object.keys(resource.actions);
    describe(`docs/${resource.name}.md`, () => {
      let md;
      let bySection;
      before(() => {
        md = readPage(resource.name);
        bySection = sections(md);
      });

      it('starts with the banner, the title and the seed intro', () => {
        const lines = md.split('\n');
        expect(lines[0]).to.equal(`<!-- GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/${resource.name}.json and schemas/*.json. Regenerate with: npm run build:docs -->`);
        const title = resource.name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
        expect(lines.slice(1, 6)).to.deep.equal([
          `# ${title} Actions`, '',
          'Details on the various actions that can be performed on the',
          `${title} resource, including the expected`,
          'parameters and the potential responses.',
        ]);
      });

      it('lists every action in Contents and has one section per action, in table order', () => {
        const contents = md.split('\n').filter((l) => /^\*\s+\[[^\]]+\]\(#[^)]+\)$/.test(l));
        const titles = names.map((n) => resource.actions[n].title);
        expect(contents).to.deep.equal(titles.map((t) => `*   [${t}](#${t.toLowerCase().replace(/ /g, '-')})`));
        expect(bySection.map((s) => s.title)).to.deep.equal(titles);
      });

      names.forEach((name, i) => {
        const action = resource.actions[name];
        it(`documents ${name}: description, example, scopes, parameters, answers and errors`, () => {
          const lines = bySection[i].lines;
          const where = `${resource.name}.${name}`;
          expect(firstParagraph(lines), where).to.equal(decode(action.description));

          const blocks = codeBlocks(lines);
          expect(blocks.map((b) => b.lang), where).to.deep.equal(['javascript']);
          const example = blocks[0].code;
          const calls = example.match(new RegExp(`client\\.${resource.name}\\.${name}\\(params`, 'g')) || [];
          expect(calls, `${where}: one call per style`).to.have.length(3);
          const shown = (example.match(/^ {2}(\w+): /gm) || []).map((l) => l.trim().slice(0, -1));
          const expected = action.params.filter((p) => p.required || (action.transport === 'multipart' && p.type === 'file'));
          expect(shown, `${where}: the params of the example`).to.deep.equal(expected.map((p) => p.name));
          if (!expected.length) expect(example, where).to.include('var params = {}; // all params are optional');

          expect(authentication(lines), where).to.equal(action.auth === 'none'
            ? 'No api access token is needed to call this action.'
            : scopeParagraph(action.scopes));

          const params = tableUnder(lines, 'Available Parameters');
          expect(params.rows[0], where).to.deep.equal(['Name', 'Type', 'Required', 'Description', 'Default', 'Example']);
          // Where an Example cell links into _schemas.md, the anchor is checked by
          // test/docs/links.test.js; here, that the link names the parameter's schema.
          const anyAnchor = (row) => row.map((cell) => cell.replace(/\(_schemas\.md#[\w-]+\)$/, '(_schemas.md#…)'));
          expect(params.rows.slice(1).map(anyAnchor), `${where} parameters`).to.deep.equal(action.params.map((p) => [
            p.name,
            p.schema ? schemaLink(p.schemaTitle, p.schema) : p.type === 'undefined' ? 'string' : p.type,
            yn(p.required),
            decode(p.description),
            p.default === undefined ? '' : String(p.default),
            p.schema ? `[${p.schemaTitle} Example](_schemas.md#…)` : decode(p.example || ''),
          ]));

          if (action.transport === 'eventStream') {
            expect(tableUnder(lines, 'Successful Responses'), where).to.equal(undefined);
            const events = tableUnder(lines, 'Stream Events');
            const titles = action.events.map((e) => JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${e.schema}.json`), 'utf8')).title);
            expect(events.rows.slice(1), `${where} events`).to.deep.equal(action.events.map((e, k) => [e.event, schemaLink(titles[k], e.schema), decode(e.description)]));
            expect(example, where).to.match(/\.addEventListener\('\w+', /);
          } else {
            const responses = tableUnder(lines, 'Successful Responses');
            expect(responses.rows.slice(1), `${where} responses`).to.deep.equal(action.responses.map((r) => [
              String(r.status), r.schema ? schemaLink(r.title, r.schema) : '(no body)', decode(r.description)]));
          }
          const errors = tableUnder(lines, 'Error Responses');
          expect(errors.rows.slice(1), `${where} errors`).to.deep.equal(action.errors.map((r) => [
            String(r.status), schemaLink(r.title, r.schema), decode(r.description)]));

          expect(lines.join('\n'), where).to.include(`(TypeScript: \`Result<'${resource.name}', '${name}'>\`, i.e. \``);
          expect(lines.join('\n'), where).to.include(`HTTP request: \`${action.method} ${action.path}\``);
        });
      });
    });
  }
});
