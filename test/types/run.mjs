// Type tests (`npm run test:types`): compiles consumers of the packed package
// in strict mode, as CommonJS (node10 resolution) and as ESM (nodenext), with
// the repo's TypeScript; and the CommonJS consumer with `moduleResolution: node`
// on every TypeScript release a legacy project may be pinned to (3.9, 4.2, 4.5,
// 4.7, 5.0, 5.4, from .cache/tools/, which `node scripts/compat.mjs
// --install-only` fills, and the repo's). Builds nothing: `npm test` builds dist/ first.
//
// 1. dist/*.d.ts must be self-contained (no node-fetch or Node types needed).
// 2. `npm pack` the package once and install it into a temp consumer folder,
//    so exactly what would be published is tested (package.json exports too).
// 3. Each consumer (fixtures/<kind>/ plus fixtures/common/) must compile with
//    no error, and must have read the declaration file meant for its kind.
// 4. Again with every `// @ts-expect-error expect: <text>` directive removed:
//    each such line must then fail with <text> in its message, and no other
//    line may fail. So an expected error cannot pass by failing for another reason.
//    Where TypeScript's wording changed between releases, <text> lists the
//    wordings as `new || old`: one of them must be in the message.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkHovers } from './hovers.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const FIXTURES = path.join(HERE, 'fixtures');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const KINDS = { cjs: 'dist/index.d.ts', esm: 'dist/index.d.mts' };
const LEGACY_TYPESCRIPTS = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'compat', 'tools.json'), 'utf8')).typescript;
const legacyTsc = (version) => path.join(ROOT, '.cache', 'tools', `typescript-${version}`, 'node_modules', 'typescript', 'bin', 'tsc');
const DIRECTIVE = /\/\/\s*@ts-expect-error\b(.*)$/;

function fail(message) {
  console.error(`test:types FAILED: ${message}`);
  process.exitCode = 1;
}

function checkDeclarations() {
  for (const file of ['dist/index.d.ts', 'dist/index.d.mts', 'dist/index.js', 'dist/index.mjs']) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  for (const file of Object.values(KINDS)) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    // Any import or reference would make consumers install that package's types (node-fetch, @types/node, …).
    // A `lib` reference (TypeScript's own lib files) needs nothing installed.
    const deps = text.match(/^\s*(import|export)\b[^;]*\bfrom\s*['"][^'"]+['"]|\bimport\(\s*['"][^'"]+['"]\s*\)|\/\/\/\s*<reference(?!\s+lib=)[^>]*>/gm);
    if (deps) fail(`${file} depends on other modules' types: ${deps.join(' | ')}`);
  }
}

function packInto(dir) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // --ignore-scripts: `prepare` would rebuild dist/; npm test has just built it.
  const out = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32',
  });
  const tarball = path.join(dir, JSON.parse(out)[0].filename);
  execFileSync('tar', ['-xzf', tarball, '-C', dir]);
  const target = path.join(dir, 'node_modules', 'losant-org-client');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.renameSync(path.join(dir, 'package'), target);
  return target;
}

/**
 * Copies a consumer's files; with `strip`, removes the directives and returns what each line must fail with.
 * With a `compiler`, its tsconfig takes that compiler's `moduleResolution`.
 */
function writeConsumer(kind, dest, strip, compiler) {
  fs.mkdirSync(dest, { recursive: true });
  const expected = [];
  for (const src of [path.join(FIXTURES, kind), path.join(FIXTURES, 'common')]) {
    for (const name of fs.readdirSync(src)) {
      let text = fs.readFileSync(path.join(src, name), 'utf8');
      if (name.endsWith('.ts')) {
        const lines = text.split('\n');
        lines.forEach((line, i) => {
          const m = DIRECTIVE.exec(line);
          if (!m) return;
          const want = /^\s*expect:\s*(.+?)\s*$/.exec(m[1]);
          if (!want) throw new Error(`${kind}/${name}:${i + 1}: write the expected error as "@ts-expect-error expect: <text>"`);
          expected.push({ file: name, line: i + 2, text: want[1] });
          if (strip) lines[i] = line.slice(0, m.index); // same line count, so line numbers still match
        });
        text = lines.join('\n');
      }
      if (name === 'tsconfig.json' && compiler) {
        const config = JSON.parse(text);
        config.compilerOptions.moduleResolution = compiler.resolution;
        text = `${JSON.stringify(config, null, 2)}\n`;
      }
      fs.writeFileSync(path.join(dest, name), text);
    }
  }
  return expected;
}

function tsc(dir, extra, compiler = TSC) {
  const run = spawnSync(process.execPath, [compiler, '-p', dir, '--pretty', 'false', ...extra], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** tsc --pretty false output → diagnostics (a first line plus its indented continuation lines). */
function parseDiagnostics(output, dir) {
  const diagnostics = [];
  for (const line of output.split(/\r?\n/)) {
    const m = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
    if (m) diagnostics.push({ file: path.basename(path.resolve(dir, m[1])), line: Number(m[2]), text: m[4] });
    else if (/^\s/.test(line) && diagnostics.length) diagnostics[diagnostics.length - 1].text += `\n${line}`;
    else if (line.trim() && !fs.existsSync(line.trim())) diagnostics.push({ file: '', line: 0, text: line });
  }
  return diagnostics;
}

/**
 * `compiler`: { label, tsc, resolution } to compile with another TypeScript and
 * `moduleResolution` (the CommonJS consumer on a legacy release); the repo's by default.
 */
function compileConsumer(kind, base, compiler) {
  const label = compiler ? `${kind} on TypeScript ${compiler.label} (moduleResolution ${compiler.resolution})` : kind;
  const dir = path.join(base, compiler ? `${kind}-${compiler.label}` : kind);
  const expected = writeConsumer(kind, dir, false, compiler);
  const { status, output } = tsc(dir, ['--listFiles'], compiler && compiler.tsc);
  const errors = output.split(/\r?\n/).filter((line) => line.trim() && !fs.existsSync(line.trim()));
  if (status !== 0 || errors.length) return fail(`${label} consumer does not compile:\n${errors.join('\n')}`);
  const read = output.split(/\r?\n/).map((line) => line.trim().split(path.sep).join('/'));
  const wanted = `node_modules/losant-org-client/${KINDS[kind]}`;
  if (!read.some((file) => file.endsWith(wanted))) {
    fail(`${label} consumer did not read ${wanted}; it read:\n${read.filter((f) => f.includes('losant-org-client')).join('\n')}`);
  }
  console.log(`ok ${label}: strict compile of ${fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).join(', ')} against ${KINDS[kind]}`);
  checkReasons(kind, base, expected.length, compiler, label);
  if (compiler) {
    const { seen, problems } = checkHovers(compiler.tsc, dir, JSON.parse(fs.readFileSync(path.join(dir, 'tsconfig.json'), 'utf8')).compilerOptions);
    if (problems.length) return fail(`${label}: hovers are not readable:\n${problems.join('\n')}`);
    console.log(`ok ${label}: hovers show "${seen.params}", "${seen.pending}"; completions list ${seen.fields.length} fields`);
  }
  return undefined;
}

function checkReasons(kind, base, count, compiler, label) {
  const dir = path.join(base, `${compiler ? `${kind}-${compiler.label}` : kind}-reasons`);
  const expected = writeConsumer(kind, dir, true, compiler);
  if (expected.length !== count || !count) return fail(`${label}: found ${expected.length} expected errors, wanted ${count} > 0`);
  const diagnostics = parseDiagnostics(tsc(dir, [], compiler && compiler.tsc).output, dir);
  const problems = [];
  for (const want of expected) {
    const here = diagnostics.filter((d) => d.file === want.file && d.line === want.line);
    const wordings = want.text.split(' || ');
    if (!here.some((d) => wordings.some((text) => d.text.includes(text)))) {
      problems.push(`${want.file}:${want.line} should fail with "${want.text}" but got: ${here.map((d) => d.text).join(' / ') || 'no error'}`);
    }
  }
  for (const d of diagnostics) {
    if (!expected.some((want) => want.file === d.file && want.line === d.line)) {
      problems.push(`${d.file}:${d.line} unexpected error: ${d.text}`);
    }
  }
  if (problems.length) return fail(`${label}: misuses do not fail as intended:\n${problems.join('\n')}`);
  console.log(`ok ${label}: ${expected.length} misuses are compile errors, each for its stated reason`);
}

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-org-client-types-'));
try {
  checkDeclarations();
  packInto(base);
  for (const kind of Object.keys(KINDS)) compileConsumer(kind, base);
  // CommonJS with `moduleResolution: node` on each legacy TypeScript, then on the repo's own.
  const repoVersion = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'typescript', 'package.json'), 'utf8')).version;
  const compilers = LEGACY_TYPESCRIPTS.map((version) => ({ label: version, tsc: legacyTsc(version), resolution: 'node' }))
    .concat([{ label: repoVersion, tsc: TSC, resolution: 'node' }]);
  for (const compiler of compilers) {
    if (!fs.existsSync(compiler.tsc)) {
      fail(`TypeScript ${compiler.label} is not installed in .cache/tools (run: node scripts/compat.mjs --install-only)`);
      continue;
    }
    compileConsumer('cjs', base, compiler);
  }
} catch (err) {
  fail(err && err.stack ? err.stack : String(err));
} finally {
  fs.rmSync(base, { recursive: true, force: true });
}
