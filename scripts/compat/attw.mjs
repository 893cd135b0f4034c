/**
 * Type resolution of the packed tarball, checked with @arethetypeswrong/cli
 * (a devDependency): every entry point must resolve to types, of the right
 * module kind, under node10 (typesVersions), node16 CJS and ESM, and bundler.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cleanEnv, run } from './run.mjs';

export const RESOLUTION_KINDS = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];

/** @returns {Promise<{rows: Array<{entrypoint: string, cells: string[]}>, problems: string[]}>} */
export async function checkTypes(repoDir, tarball) {
  const requireFromRepo = createRequire(join(repoDir, 'package.json'));
  const manifestPath = requireFromRepo.resolve('@arethetypeswrong/cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.attw);
  // --profile strict (the default) is the one that includes node10.
  const res = await run(process.execPath, [bin, '--format', 'json', '--profile', 'strict', tarball], {
    cwd: repoDir, env: cleanEnv(), timeoutMs: 5 * 60 * 1000,
  });
  let report;
  try {
    report = JSON.parse(res.stdout);
  } catch (_) {
    return { rows: [], problems: [`attw did not report (exit ${res.code}): ${res.stderr.slice(-1000)}`] };
  }
  const analysis = report.analysis || {};
  if (analysis.types === false) return { rows: [], problems: ['attw: the package has no types'] };
  const found = analysis.problems || [];
  const rows = Object.keys(analysis.entrypoints || {}).map((entrypoint) => ({
    entrypoint: entrypoint === '.' ? analysis.packageName : `${analysis.packageName}/${entrypoint.replace(/^\.\//, '')}`,
    cells: RESOLUTION_KINDS.map((kind) => {
      const kinds = found.filter((p) => p.entrypoint === entrypoint && p.resolutionKind === kind).map((p) => p.kind);
      return kinds.length ? kinds.join(',') : 'ok';
    }),
  }));
  const problems = found.map((p) => `attw ${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ''}${p.resolutionKind ? ` (${p.resolutionKind})` : ''}`);
  return { rows, problems };
}
