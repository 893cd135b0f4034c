'use strict';
// Compiles a lib/ module (and the lib/ modules it imports) to CommonJS ES2018
// with the project's TypeScript, into a temporary folder, for modules that no
// dist/ entry reaches yet: the multipart encoder is wired into the client by
// a later change, and until then its tests, its benchmark and its old-Node
// fixture load it from here. Same compiler and target as the build; each
// file is transpiled on its own, as rollup's TypeScript plugin does with
// isolatedModules.
const fs = require('fs');
const os = require('os');
const path = require('path');

const LIB = path.join(__dirname, '..', '..', 'lib');
const IMPORT = /^\s*(?:import|export)\b[^'"]*?\sfrom\s+'(\.{1,2}\/[^']+)'/gm;

let outDir;
const compiled = new Map();

function output() {
  if (!outDir) {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-lib-'));
    process.on('exit', () => fs.rmSync(outDir, { recursive: true, force: true }));
  }
  return outDir;
}

/** The relative imports of a TypeScript source, as lib/-relative paths without extension. */
function importsOf(source, fromRel) {
  const found = [];
  let match;
  IMPORT.lastIndex = 0;
  while ((match = IMPORT.exec(source)) !== null) found.push(path.join(path.dirname(fromRel), match[1]));
  return found;
}

/** Compiles lib/<rel>.ts and its lib/ imports; returns the path of the compiled entry. */
function compileLib(rel, moduleKind) {
  const ts = require('typescript');
  const key = `${rel}:${moduleKind || 'cjs'}`;
  if (compiled.has(key)) return compiled.get(key);
  const source = fs.readFileSync(path.join(LIB, `${rel}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    fileName: `${rel}.ts`,
    compilerOptions: {
      target: ts.ScriptTarget.ES2018,
      module: moduleKind === 'esm' ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS,
      esModuleInterop: true,
      isolatedModules: true,
    },
  });
  const file = path.join(output(), moduleKind === 'esm' ? 'esm' : 'cjs', `${rel}.js`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, outputText);
  compiled.set(key, file);
  for (const dep of importsOf(source, rel)) compileLib(dep, moduleKind);
  return file;
}

/** The compiled JavaScript of lib/<rel>.ts and of every lib/ file it imports, as { rel: code }. */
function compiledSources(rel) {
  const sources = {};
  const visit = (r) => {
    if (sources[r] !== undefined) return;
    sources[r] = fs.readFileSync(compileLib(r, 'esm'), 'utf8');
    for (const dep of importsOf(fs.readFileSync(path.join(LIB, `${r}.ts`), 'utf8'), r)) visit(dep);
  };
  visit(rel);
  return sources;
}

/** require() of the compiled lib/http/uploads/multipart.ts. */
function loadMultipart() {
  return require(compileLib('http/uploads/multipart'));
}

module.exports = { compileLib, compiledSources, loadMultipart };
