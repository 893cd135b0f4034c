'use strict';
// docs/org.md against the seed reference page, the user's own document, kept as a
// fixture (test/fixtures/seed/org-actions.md, copied once, never regenerated): same
// actions in the same order, same descriptions, code samples, scopes and every table
// row with the same content (only the schema link targets move from ../lib/schemas/
// to ../schemas/), plus only what API 1.30.0 added to the page (see below). The seed is parsed here independently of the generator, so a
// generator bug cannot hide itself.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { sections, codeBlocks, tables, firstParagraph } = require('../../scripts/docs/md-parse.cjs');

const ROOT = path.join(__dirname, '..', '..');
const SEED = path.join(__dirname, '..', 'fixtures', 'seed', 'org-actions.md');
const ORG_MD = path.join(ROOT, 'docs', 'org.md');

const ORG = require('../../lib/actions/table/org.json');
const API_1_25_0 = require('../fixtures/api-1.25.0/actions.json');

const readSeed = () => fs.readFileSync(SEED, 'utf8');

/** The seed's HTML entities are rendering artifacts; the wording underneath is what counts. */
function decodeEntities(text) {
  return text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function authentication(lines) {
  const start = lines.indexOf('#### Authentication');
  return start === -1 ? undefined : firstParagraph(lines.slice(start + 1));
}

const retarget = (cell) => cell.replace(/\(\.\.\/lib\/schemas\//g, '(../schemas/');

describe('docs/org.md matches the seed reference page', () => {
  let seed;
  let ours;
  before(() => {
    seed = sections(readSeed());
    ours = sections(fs.readFileSync(ORG_MD, 'utf8'));
  });

  it('starts with the generated-file banner', () => {
    expect(fs.readFileSync(ORG_MD, 'utf8').split('\n')[0]).to.equal(
      '<!-- GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/org.json and schemas/*.json. Regenerate with: npm run build:docs -->');
  });

  it('has the 13 actions of the seed, in the seed order', () => {
    expect(seed.map((s) => s.title)).to.have.length(13);
    expect(ours.map((s) => s.title)).to.deep.equal(seed.map((s) => s.title));
  });

  it('has the seed Contents list', () => {
    const contents = (md) => md.split('\n').filter((l) => /^\*\s+\[[^\]]+\]\(#[^)]+\)$/.test(l));
    expect(contents(fs.readFileSync(ORG_MD, 'utf8'))).to.deep.equal(contents(readSeed())).and.to.have.length(13);
  });

  it('gives each action the seed description', () => {
    seed.forEach((s, i) => {
      expect(firstParagraph(ours[i].lines), s.title).to.equal(decodeEntities(firstParagraph(s.lines)));
    });
  });

  it('starts each code example with the seed code, verbatim, then adds async/await', () => {
    seed.forEach((s, i) => {
      const theirs = codeBlocks(s.lines);
      const mine = codeBlocks(ours[i].lines);
      expect(theirs, s.title).to.have.length(1);
      expect(mine[0].lang, s.title).to.equal('javascript');
      expect(mine[0].code.startsWith(`${theirs[0].code}\n\n// with async/await\n`), s.title).to.equal(true);
      expect(mine[0].code, s.title).to.match(/await client\.org\.\w+\(params\)/);
    });
  });

  // API 1.30.0 changed the Org page in two ways only, both additions: each action accepts
  // more token scopes (the new `.bounded` and `only.Organization` ones), and payloadCounts
  // takes `asBytes`. "Matches" means: everything the seed says is still said, in the seed's
  // words and order, and whatever else the page says is one of those additions.
  it('lists the seed scopes with the seed wording, adding only the scopes 1.30.0 introduced', () => {
    const list = (text) => text.split('scopes:\n')[1].replace(/\.$/, '').split(/, (?:or )?/);
    seed.forEach((s, i) => {
      const expected = authentication(s.lines);
      const mine = authentication(ours[i].lines);
      expect(expected, s.title).to.match(/scopes:\n.+, or org\.\w+\.$/);
      expect(mine.split('scopes:\n')[0], s.title).to.equal(expected.split('scopes:\n')[0]);
      expect(mine, s.title).to.match(/scopes:\n.+, or org\.\w+\.$/);
      const kept = list(mine).filter((scope) => list(expected).indexOf(scope) !== -1);
      expect(kept, s.title).to.deep.equal(list(expected));
      const added = list(mine).filter((scope) => list(expected).indexOf(scope) === -1);
      for (const scope of added) expect(scope, s.title).to.match(/^(all\.(Organization|User)\.bounded|only\.Organization(\.bounded|\.read)?)$/);
    });
  });

  it('has every seed table, row for row, with the same content; added rows are the parameters 1.30.0 added', () => {
    let rows = 0;
    let added = [];
    seed.forEach((s, i) => {
      const theirs = tables(s.lines);
      const mine = tables(ours[i].lines);
      expect(theirs.map((t) => t.heading), s.title).to.deep.equal(['Available Parameters', 'Successful Responses', 'Error Responses']);
      expect(mine.map((t) => t.heading), s.title).to.deep.equal(theirs.map((t) => t.heading));
      theirs.forEach((table, t) => {
        const expected = table.rows.map((r) => r.map(retarget));
        const extra = mine[t].rows.filter((r) => !expected.some((e) => JSON.stringify(e) === JSON.stringify(r)));
        expect(mine[t].rows.filter((r) => extra.indexOf(r) === -1), `${s.title} / ${table.heading}`).to.deep.equal(expected);
        added = added.concat(extra.map((r) => `${s.title} / ${table.heading}: ${r[0]}`));
        rows += expected.length - 1;
      });
    });
    // 13 actions: 51 parameter rows, 13 success rows, 26 error rows.
    expect(rows).to.equal(90);
    // The parameters of the Org actions that API 1.25.0 did not have (test/fixtures/api-1.25.0).
    const newParams = [];
    for (const name of Object.keys(ORG.actions)) {
      const before = API_1_25_0[`org.${name}`][1].split(', ').map((p) => p.split(' in ')[0]);
      for (const p of ORG.actions[name].params) if (before.indexOf(p.name) === -1) newParams.push(`${ORG.actions[name].title} / Available Parameters: ${p.name}`);
    }
    expect(added).to.deep.equal(newParams).and.to.deep.equal(['Payload Counts / Available Parameters: asBytes']);
  });

  it('states the TypeScript result type of every action', () => {
    ours.forEach((s) => {
      const text = s.lines.join('\n');
      expect(text, s.title).to.match(/Resolves to \[[^\]]+\]\(\.\.\/schemas\/\w+\.json\) \(TypeScript: `Result<'org', '\w+'>`, i\.e\. `\w+`\)/);
    });
  });
});
