'use strict';
// Issue 16: the browser build (dist/browser/) and the `.browser.ts` twins it is made of.
// What runs in Chromium is tested in chromium.test.js; here, what can be checked in Node:
// the output has no Node built-in, the package selects it for browsers, and each twin
// behaves as the Node module it replaces (tried with Node's own web globals).
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { closedPort } = require('../helpers/loopback');
const ts = require('typescript');
const { compileLib } = require('../helpers/compile-lib');

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const BROWSER_DIST = path.join(ROOT, 'dist', 'browser');
/** Node's globals that a browser lacks; the build may only test for them (`typeof Buffer`). */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'global', 'setImmediate', 'clearImmediate', '__dirname', '__filename', 'require', 'module', 'exports']);

function filesUnder(dir, suffix) {
  const found = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(full, suffix));
    else if (entry.name.endsWith(suffix)) found.push(full);
  }
  return found;
}

/** Module specifiers (static, re-export, dynamic) and uses of Node globals in a file, from its syntax tree. */
function nodeDependencies(code, fileName) {
  const sf = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const specifiers = [];
  const globals = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) specifiers.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      specifiers.push(arg && ts.isStringLiteral(arg) ? arg.text : '<computed>');
    }
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text)) {
      const parent = node.parent;
      const isMemberName = (ts.isPropertyAccessExpression(parent) && parent.name === node) || (ts.isPropertyAssignment(parent) && parent.name === node)
        || (ts.isMethodDeclaration(parent) && parent.name === node) || (ts.isPropertyDeclaration(parent) && parent.name === node);
      if (!isMemberName && !ts.isTypeOfExpression(parent) && !isGuarded(node, sf)) {
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        globals.push(`${path.basename(fileName)}:${line + 1}: ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { specifiers, globals };
}

/**
 * True when `node` (a use of a Node global) only runs where that global exists: inside the
 * `then` branch of an `if` or `?:` whose condition tests `typeof <it>` (sse-parser.ts
 * decodes with Buffer when there is one, else with TextDecoder).
 */
function isGuarded(node, sf) {
  for (let child = node, up = node.parent; up; child = up, up = up.parent) {
    const test = ts.isIfStatement(up) ? up.expression : ts.isConditionalExpression(up) ? up.condition : undefined;
    const branch = ts.isIfStatement(up) ? up.thenStatement : ts.isConditionalExpression(up) ? up.whenTrue : undefined;
    if (test && branch === child && new RegExp(`typeof ${node.text}\\b`).test(test.getText(sf))) return true;
  }
  return false;
}

/** The names a TypeScript module exports (declarations and `export { … }` lists). */
function exportedNames(file) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = [];
  for (const statement of sf.statements) {
    const exported = statement.modifiers && statement.modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names.push(...statement.exportClause.elements.map((e) => e.name.text));
    } else if (exported && ts.isVariableStatement(statement)) {
      names.push(...statement.declarationList.declarations.map((d) => d.name.text));
    } else if (exported && statement.name) {
      names.push(statement.name.text);
    }
  }
  return names.sort();
}

describe('browser build: dist/browser/ and the .browser.ts twins', () => {
  const twins = filesUnder(LIB, '.browser.ts');

  it('has the twins the browser needs', () => {
    const rel = twins.map((file) => path.relative(LIB, file)).sort();
    expect(rel).to.deep.equal([
      'http/abort.browser.ts', 'http/connection-rules.browser.ts', 'http/debug-log.browser.ts', 'http/reason-phrase.browser.ts',
      'http/transport/transport.browser.ts', 'http/transport/utf8.browser.ts', 'http/uploads/form-body.browser.ts',
      'http/uploads/upload-kinds.browser.ts', 'http/url/url-class.browser.ts', 'http/wire/lazy-wire.browser.ts', 'later.browser.ts',
    ]);
  });

  it('each twin exports what the Node module it replaces exports (so the one set of declarations fits both)', () => {
    for (const twin of twins) {
      const original = twin.replace(/\.browser\.ts$/, '.ts');
      const own = path.basename(twin) === 'upload-kinds.browser.ts' ? ['isBlob'] : [];
      expect(exportedNames(twin).filter((name) => own.indexOf(name) === -1), path.relative(LIB, twin)).to.deep.equal(exportedNames(original));
    }
  });

  it('the output imports no Node built-in (nor node-fetch), uses no Node global, and is ES2018', async () => {
    const { findPostES2018 } = await import('../../scripts/lib/es2018-check.mjs');
    const files = filesUnder(BROWSER_DIST, '.mjs');
    expect(files.length).to.be.above(80);
    const specifiers = new Set();
    const globals = [];
    const syntax = [];
    for (const file of files) {
      const code = fs.readFileSync(file, 'utf8');
      const found = nodeDependencies(code, file);
      found.specifiers.forEach((s) => specifiers.add(s));
      globals.push(...found.globals);
      // Module syntax is the point of an ES build; the validator compiles the schemas' patterns (as the Node build does).
      syntax.push(...findPostES2018(code, path.basename(file)).filter((p) => !/: (import|re-export from a module|RegExp built from a non-literal)$/.test(p)));
    }
    // Only the build's own files: every chunk is a relative import.
    expect(Array.from(specifiers).filter((s) => !/^\.\.?\//.test(s))).to.deep.equal([]);
    expect(globals).to.deep.equal([]);
    expect(syntax).to.deep.equal([]);
  });

  it('the Node build still has its Node pieces (the twins replaced them only in dist/browser/)', () => {
    // The transport is a chunk of its own, which the first request loads (issue 23).
    const code = ['index.mjs', 'chunks/wire.mjs'].map((file) => fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8')).join('\n');
    const { specifiers, globals } = nodeDependencies(code, 'index.mjs');
    expect(specifiers).to.include.members(['util', 'http', 'https']);
    expect(globals.some((g) => /: process$/.test(g))).to.equal(true);
  });

  it('package.json selects it for browsers: the `browser` export condition first, and the legacy `browser` field', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const dot = pkg.exports['.'];
    expect(Object.keys(dot)[0]).to.equal('browser');
    expect(dot.browser).to.deep.equal({ types: './dist/index.d.mts', default: './dist/browser/index.mjs' });
    expect(pkg.browser).to.equal('./dist/browser/index.mjs');
    expect(fs.existsSync(path.join(ROOT, pkg.browser))).to.equal(true);
  });

  it('the build refuses a Node import that has no twin', async () => {
    const { rollup } = require('rollup');
    const { browserTwins } = await import('../../scripts/lib/browser-twins.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-twins-'));
    try {
      fs.writeFileSync(path.join(dir, 'entry.js'), "import { helper } from './helper.js';\nexport const x = helper();\n");
      fs.writeFileSync(path.join(dir, 'helper.js'), "import { hostname } from 'node:os';\nexport const helper = () => hostname();\n");
      let error;
      await rollup({ input: path.join(dir, 'entry.js'), plugins: [browserTwins()], onwarn: () => undefined }).catch((err) => { error = err; });
      expect(error && error.message).to.match(/helper\.js imports node:os, which browsers do not have/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('each twin, run in Node with its web globals', () => {
    it('reason-phrase: the same phrases as Node for every status an error can have', () => {
      const browser = require(compileLib('http/reason-phrase.browser'));
      for (let status = 300; status < 600; status++) {
        expect(browser.reasonPhrase(status), String(status)).to.equal(http.STATUS_CODES[status]);
      }
      expect(browser.reasonPhrase(200)).to.equal(undefined);
    });

    it('utf8: the same text and base64 as Buffer, invalid bytes, a BOM and split characters included', () => {
      const node = require(compileLib('http/transport/utf8'));
      const browser = require(compileLib('http/transport/utf8.browser'));
      const euro = Buffer.from('€', 'utf8');
      const cases = [
        [Buffer.from('{"a":"plain"}')],
        [Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d])],
        [euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')],
        [Buffer.from([0xc3, 0x28, 0xff, 0x41])],
        [],
      ];
      for (const chunks of cases) {
        const size = chunks.reduce((n, c) => n + c.length, 0);
        const plain = chunks.map((c) => new Uint8Array(c));
        expect(browser.utf8Text(plain, size)).to.equal(node.utf8Text(chunks, size));
      }
      for (const text of ['user:pass', 'üsér:pä@ss', '日本:😀', '']) {
        expect(browser.base64Utf8(text)).to.equal(node.base64Utf8(text));
        expect(browser.utf8ByteLength(text)).to.equal(node.utf8ByteLength(text));
      }
    });

    it('later: calls back on a microtask with exactly the arguments given', async () => {
      const { later } = require(compileLib('later.browser'));
      const calls = [];
      later((...args) => calls.push(args), new Error('e'));
      later((...args) => calls.push(args), null, { ok: 1 });
      expect(calls).to.deep.equal([]);
      await Promise.resolve();
      await Promise.resolve();
      expect(calls.map((args) => args.length)).to.deep.equal([1, 2]);
      expect(calls[1]).to.deep.equal([null, { ok: 1 }]);
    });

    it('upload-kinds and form-body: Blob, File, bytes and text go into a native FormData; anything else is refused', async () => {
      const { isUpload } = require(compileLib('http/uploads/upload-kinds.browser'));
      const { formBody } = require(compileLib('http/uploads/form-body.browser'));
      const blob = new Blob(['abc'], { type: 'text/plain' });
      for (const ok of [blob, 'text', new Uint8Array(2)]) expect(isUpload(ok)).to.equal(true);
      for (const bad of [{}, null, 3, { pipe() {}, on() {} }]) expect(isUpload(bad)).to.equal(false);
      const form = formBody([
        { name: 'file', value: blob }, { name: 'bytes', value: new Uint8Array([1, 2]) }, { name: 'n', value: 4 }, { name: 'json', value: '{"a":1}' },
      ]);
      expect(form.headers).to.deep.equal({});
      expect(form.replayable).to.equal(true);
      expect(form.body).to.be.an.instanceof(FormData);
      expect(await form.body.get('file').text()).to.equal('abc');
      expect(form.body.get('bytes').type).to.equal('application/octet-stream');
      expect(Array.from(new Uint8Array(await form.body.get('bytes').arrayBuffer()))).to.deep.equal([1, 2]);
      expect([form.body.get('n'), form.body.get('json')]).to.deep.equal(['4', '{"a":1}']);
      expect(() => formBody([{ name: 'file', value: { a: 1 } }])).to.throw(/file must be a string, a finite number, a boolean, a Blob, a File or a Uint8Array, not an object/);
    });
  });

  it('connection-rules: proxy and tls are refused in the browser build (the browser decides how to connect)', async () => {
    const { createClient } = await import(path.join(__dirname, '..', '..', 'dist', 'browser', 'index.mjs'));
    for (const options of [{ proxy: 'http://127.0.0.1:3128' }, { tls: { rejectUnauthorized: false } }]) {
      const client = createClient({ url: 'http://127.0.0.1:9', accessToken: 't', ...options });
      const err = await client.org.get({ orgId: '575ed6e87ae143cd83dc4aa8' }).then(() => null, (e) => e);
      expect([err.type, err.field]).to.deep.equal(['Validation', Object.keys(options)[0]]);
    }
    const port = await closedPort();
    const direct = createClient({ url: `http://127.0.0.1:${port}`, accessToken: 't', proxy: false });
    const err = await direct.org.get({ orgId: '575ed6e87ae143cd83dc4aa8' }, { retries: 0 }).then(() => null, (e) => e);
    expect(err.type).to.equal('Network');
  });
});
