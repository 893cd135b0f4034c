/**
 * What `npm pack` would publish: packs the repo (running `prepare`, as
 * `npm publish` would), checks the file list, and installs the tarball into a
 * clean consumer folder outside the repo, so the consumer resolves the
 * package (and node-fetch, from the registry) exactly as a user's project does.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, run } from './run.mjs';

/** Paths a user needs; anything else in the tarball is a packaging mistake. */
const ALLOWED = [
  /^package\.json$/, /^README\.md$/, /^LICENSE(\.md)?$/, /^CHANGELOG\.md$/, /^dist\//, /^bin\//,
  // A redirect for runtimes that ignore `exports` (Node 10): `require('<pkg>/emulator')` reads its `main`.
  /^emulator\/package\.json$/,
];

export async function packRepo(repoDir, workDir) {
  const res = await run('npm', ['pack', '--json', '--pack-destination', workDir], { cwd: repoDir, env: cleanEnv() });
  if (res.code !== 0) throw new Error(`npm pack failed:\n${res.stderr.slice(-2000)}`);
  // `prepare` output goes to stderr; stdout is the JSON report alone.
  const [report] = JSON.parse(res.stdout);
  const files = report.files.map((f) => f.path).sort();
  const manifest = JSON.parse(await readFile(join(repoDir, 'package.json'), 'utf8'));
  return {
    tarball: join(workDir, report.filename),
    files,
    size: report.size,
    unpackedSize: report.unpackedSize,
    problems: checkFiles(files, referencedFiles(manifest)),
  };
}

/**
 * Every file package.json points at (main, module, types, exports, bin,
 * typesVersions): if one is missing, some kind of consumer gets a broken package.
 */
export function referencedFiles(manifest) {
  const found = ['package.json'];
  const visit = (value) => {
    if (typeof value === 'string') {
      const file = value.replace(/^\.\//, '');
      if (found.indexOf(file) === -1 && !/[*]/.test(file)) found.push(file);
    } else if (value && typeof value === 'object') {
      Object.keys(value).forEach((key) => visit(value[key]));
    }
  };
  [manifest.main, manifest.module, manifest.types, manifest.typings, manifest.exports, manifest.bin, manifest.typesVersions].forEach(visit);
  return found;
}

/** Lists files that should not ship and referenced ones that are missing. */
export function checkFiles(files, required) {
  const problems = [];
  for (const file of files) {
    if (!ALLOWED.some((pattern) => pattern.test(file))) problems.push(`unexpected file in tarball: ${file}`);
  }
  for (const file of required) {
    if (files.indexOf(file) === -1) problems.push(`missing from tarball: ${file}`);
  }
  return problems;
}

/**
 * A consumer project in `consumerDir` (which must not lie inside the repo, so
 * Node's lookup can never reach the repo's node_modules) with the tarball and
 * the fixture scripts.
 */
export async function makeConsumer(tarball, consumerDir, fixtureDir, fixtures) {
  await mkdir(consumerDir, { recursive: true });
  await writeFile(join(consumerDir, 'package.json'), `${JSON.stringify({
    name: 'compat-consumer', version: '1.0.0', private: true, description: 'losant-org-client compatibility consumer',
  }, null, 2)}\n`);
  const res = await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel', 'error', tarball], {
    cwd: consumerDir, env: cleanEnv(), timeoutMs: 10 * 60 * 1000,
  });
  if (res.code !== 0) throw new Error(`npm install of the tarball failed:\n${res.stderr.slice(-2000)}`);
  for (const name of fixtures) await copyFile(join(fixtureDir, name), join(consumerDir, name));
}
