'use strict';
// An app bundled for the browser as a user would bundle it: the package as
// `npm pack` would publish it, installed under its name in a consumer folder
// outside the repo, and the app's source importing it by that name, bundled
// by esbuild for the browser platform (the `browser` export condition) with
// no Node shims: an import of a Node built-in fails the bundle.
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
let packed;

/** A consumer folder with node_modules/losant-org-client unpacked from the tarball; packed once per process. */
function consumerWithPackage() {
  if (!packed) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-browser-consumer-'));
    // --ignore-scripts: `prepare` would rebuild dist/, which npm test has just built.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tarball = path.join(dir, JSON.parse(out)[0].filename);
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.renameSync(path.join(dir, 'package'), path.join(dir, 'node_modules', 'losant-org-client'));
    fs.unlinkSync(tarball);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'browser-consumer', private: true }));
    packed = dir;
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return packed;
}

/**
 * Bundles `sources` ({ 'name.js': code }, the entry points) into `<consumer>/<outName>/`:
 * ES modules, code-split (so each resource loads on demand), minified unless
 * `minify: false`. Returns { dir, metafile }.
 */
async function bundleApp(outName, sources, { minify = true } = {}) {
  const esbuild = require('esbuild');
  const consumer = consumerWithPackage();
  const srcDir = path.join(consumer, `${outName}-src`);
  fs.mkdirSync(srcDir, { recursive: true });
  const entryPoints = Object.keys(sources).map((name) => {
    fs.writeFileSync(path.join(srcDir, name), sources[name]);
    return path.join(srcDir, name);
  });
  const dir = path.join(consumer, outName);
  const result = await esbuild.build({
    entryPoints, outdir: dir, absWorkingDir: consumer,
    bundle: true, splitting: true, format: 'esm', platform: 'browser', target: 'es2018', minify,
    metafile: true, logLevel: 'silent', write: true,
  });
  if (result.warnings.length) throw new Error(`esbuild warned: ${result.warnings.map((w) => w.text).join('; ')}`);
  return { dir, metafile: result.metafile };
}

module.exports = { consumerWithPackage, bundleApp, ROOT };
