'use strict';
// The proxy modules are not (yet) reachable through dist/: the transport wires
// them in separately. So the proxy tests compile them from lib/ themselves:
// each entry and every lib/ file it imports, transpiled by TypeScript with the
// build's own settings (ES2018) to CommonJS under .cache/proxy-modules/, where
// old-Node fixtures can require them too (they cannot run TypeScript).
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const LIB = path.join(__dirname, '..', '..', 'lib');
const OUT = path.join(__dirname, '..', '..', '.cache', 'proxy-modules');
const ENTRIES = ['http/proxy-env.ts', 'http/proxy-agent.ts'];

/** Transpiles the entries and their lib/ imports; returns { dir, files: [{ name, code }] }. */
function buildProxyModules(entries) {
  const files = [];
  const pending = (entries || ENTRIES).slice();
  const seen = new Set();
  while (pending.length) {
    const rel = pending.shift();
    if (seen.has(rel)) continue;
    seen.add(rel);
    const source = fs.readFileSync(path.join(LIB, rel), 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: rel,
      compilerOptions: { target: ts.ScriptTarget.ES2018, module: ts.ModuleKind.CommonJS, esModuleInterop: true, isolatedModules: true },
    });
    const name = rel.replace(/\.ts$/, '.js');
    fs.mkdirSync(path.dirname(path.join(OUT, name)), { recursive: true });
    fs.writeFileSync(path.join(OUT, name), outputText);
    files.push({ name, code: outputText });
    // Relative imports only: built-ins stay require()s.
    const imports = /from '(\.{1,2}\/[^']+)'/g;
    let match;
    while ((match = imports.exec(source))) {
      pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(rel), `${match[1]}.ts`)));
    }
  }
  return { dir: OUT, files };
}

/** Builds and requires one module, e.g. loadProxyModule('http/proxy-env'). */
function loadProxyModule(name) {
  const { dir } = buildProxyModules([`${name}.ts`]);
  return require(path.join(dir, `${name}.js`));
}

module.exports = { buildProxyModules, loadProxyModule, ENTRIES };
