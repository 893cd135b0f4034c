'use strict';
// lib/ keeps the shape that issue 24 gave it: no module imports itself back, directly or
// through others (`import type` and `import()` count: a circle of types is still a circle
// to read), and no folder of hand-written code holds more than 20 files. The imports are
// read with TypeScript's own pre-processor (ts.preProcessFile, the same devDependency that
// builds lib/), so `export … from` and dynamic imports are found as the compiler finds
// them; a circle is a strongly connected component of that graph (Tarjan). A library for
// this (madge, dependency-cruiser) would bring dozens of packages to do these 60 lines.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const MAX_FILES = 20;
/** Folders written by scripts, not by hand: the generated code and the action table `npm run import` writes (one file per resource, by design). */
const WRITTEN_BY_SCRIPTS = ['lib/generated', 'lib/actions/table'];

const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');

function walk(dir, out = { files: [], dirs: [dir] }) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.dirs.push(full);
      walk(full, out);
    } else {
      out.files.push(full);
    }
  }
  return out;
}

/** The lib/ module an import names, or undefined for a package or a Node built-in. */
function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const found = [`${base}.ts`, base, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!found) throw new Error(`${rel(from)} imports ${specifier}, which names no file of lib/`);
  return found;
}

/** Module → the lib/ modules it imports. */
function importGraph(files) {
  const graph = new Map();
  for (const file of files.filter((f) => f.endsWith('.ts'))) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    graph.set(file, importedFiles.map((i) => resolveImport(file, i.fileName)).filter((f) => f && f.endsWith('.ts')));
  }
  return graph;
}

/** The circles of a graph: each strongly connected component of more than one module, or a module that imports itself. */
function circles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) || []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v), index.get(w)));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) found.push(component.map(rel).sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('lib/ layout', () => {
  const { files, dirs } = walk(LIB);

  it('has no import circle among its modules, types and dynamic imports included', () => {
    const graph = importGraph(files);
    expect(graph.size).to.be.above(100);
    expect(circles(graph), 'modules that import each other, directly or in a circle').to.deep.equal([]);
  });

  it('finds a circle when there is one (the check can fail)', () => {
    const a = path.join(LIB, 'a.ts');
    const b = path.join(LIB, 'b.ts');
    const c = path.join(LIB, 'c.ts');
    expect(circles(new Map([[a, [b]], [b, [a]], [c, [a]]]))).to.deep.equal([['lib/a.ts', 'lib/b.ts']]);
    expect(circles(new Map([[c, [c]]]))).to.deep.equal([['lib/c.ts']]);
  });

  it(`holds no more than ${MAX_FILES} files in any folder of hand-written code`, () => {
    const crowded = dirs
      .filter((dir) => !WRITTEN_BY_SCRIPTS.some((skip) => rel(dir) === skip || rel(dir).startsWith(`${skip}/`)))
      .map((dir) => ({ dir: rel(dir), files: fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).length }))
      .filter((d) => d.files > MAX_FILES);
    expect(crowded, 'folders to split by concern').to.deep.equal([]);
  });
});
