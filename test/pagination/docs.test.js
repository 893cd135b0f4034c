'use strict';
// Issue 25: the docs section of each paged action (scripts/lib/paging.mjs finds them) says it
// can be read whole with client.paginate, and names the type of its items, which the compiler
// confirms against the published types; no other section says so.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const ts = require('typescript');
const { sections } = require('../../scripts/docs/md-parse.cjs');
const { ROOT, tables, pagedByRule } = require('./helpers/paged');
const LINE = /^Answers a page at a time \((.+?)\); to read the list whole, `client\.paginate\(client\.(\w+)\.(\w+), params\)` resolves to every item \(TypeScript: `(.+)\[\]`\)/;

describe('pagination: the docs of the paged actions (issue 25)', () => {
  it('says so in the section of each paged action, and of no other, with an item type the compiler agrees with', async () => {
    const claims = [];
    const paged = await pagedByRule();
    for (const t of tables) {
      for (const s of sections(fs.readFileSync(path.join(ROOT, 'docs', `${t.name}.md`), 'utf8'))) {
        const lines = s.lines.map((l) => LINE.exec(l)).filter(Boolean);
        const name = Object.keys(t.actions).find((n) => t.actions[n].title === s.title);
        if (!name) continue;
        expect(lines.length, `${t.name}.${name}`).to.equal(paged[`${t.name}.${name}`] ? 1 : 0);
        if (lines.length) claims.push({ resource: lines[0][2], action: lines[0][3], item: lines[0][4], key: `${t.name}.${name}` });
      }
    }
    expect(claims.map((c) => c.key).sort()).to.deep.equal(Object.keys(paged).sort());
    for (const c of claims) expect(`${c.resource}.${c.action}`).to.equal(c.key);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paging-docs-'));
    try {
      const file = path.join(dir, 'claims.ts');
      const names = Array.from(new Set(claims.map((c) => c.item).filter((n) => /^\w+$/.test(n))));
      fs.writeFileSync(file, [
        `import type { PageItem, Result, ${names.join(', ')} } from ${JSON.stringify(path.join(ROOT, 'dist', 'index'))};`,
        'type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;',
        ...claims.map((c, i) => `export const c${i}: Same<PageItem<Result<'${c.resource}', '${c.action}'>>, ${c.item}> = true;`),
      ].join('\n'));
      const program = ts.createProgram([file], {
        strict: true, noEmit: true, target: ts.ScriptTarget.ES2018, module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: true, types: [],
      });
      const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(errors).to.deep.equal([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
