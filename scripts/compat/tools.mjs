/**
 * The tools the legacy-compatibility tests run with, pinned, and installed
 * once from the npm registry into .cache/tools/<name>/ (not committed), as the
 * Node releases are into .cache/node/:
 *  - nock 9, 10, 11, 13 and 14 (losant-rest 2.8.1's own tests use nock 9), for
 *    test/legacy/nock.test.js;
 *  - a legacy test stack (mocha 5, should 13, sinon 9: what a losant-rest era
 *    project ran, and what still runs on Node 8), for the same test;
 *  - TypeScript 3.9, 4.2, 4.5, 4.7, 5.0 and 5.4, for test/types/run.mjs (the
 *    repo's own 5.9 is a dev dependency).
 * A cache rather than dev dependencies under aliases: about 330 MB of old
 * compilers and mocking libraries would otherwise be extracted by every
 * `npm ci`, and the lockfile would carry six TypeScripts; here they are
 * fetched once per machine (CI keeps .cache/) and only by the full test run.
 * The pins are in tools.json (read by the tests too). Each was checked with
 * `npm view <name>@<version> version`; a nock's `node` is the range of Node
 * releases that version declares (its package.json engines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, pool, run } from './run.mjs';

const PINS = JSON.parse(readFileSync(new URL('./tools.json', import.meta.url), 'utf8'));
export const NOCK_VERSIONS = PINS.nock;
export const LEGACY_STACK = PINS.legacyStack;
export const TYPESCRIPT_VERSIONS = PINS.typescript;

/** Every tool: a folder name under .cache/tools/ and the packages installed there. */
export function toolList() {
  return [
    ...NOCK_VERSIONS.map((n) => ({ name: `nock-${n.major}`, packages: [`nock@${n.version}`] })),
    { name: 'legacy-stack', packages: LEGACY_STACK },
    ...TYPESCRIPT_VERSIONS.map((v) => ({ name: `typescript-${v}`, packages: [`typescript@${v}`] })),
  ];
}

export function toolsDir(repoDir) {
  return join(repoDir, '.cache', 'tools');
}

/** The node_modules folder of an installed tool. */
export function toolModules(repoDir, name) {
  return join(toolsDir(repoDir), name, 'node_modules');
}

/** True when each package of the tool is installed at its pinned version. */
function installed(dir, packages) {
  return packages.every((spec) => {
    const at = spec.lastIndexOf('@');
    const file = join(dir, 'node_modules', spec.slice(0, at), 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === spec.slice(at + 1);
  });
}

/** @returns {Promise<Array<{name, status: 'cached'|'installed'|'failed', detail?: string, ms: number}>>} */
export async function ensureTools(repoDir, log) {
  const jobs = toolList().map((tool) => async () => {
    const dir = join(toolsDir(repoDir), tool.name);
    const started = Date.now();
    if (installed(dir, tool.packages)) return { name: tool.name, status: 'cached', ms: 0 };
    await rm(dir, { recursive: true, force: true });
    log(`installing ${tool.packages.join(' ')} into ${dir}`);
    const res = await run('npm', [
      'install', '--prefix', dir, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel', 'error', ...tool.packages,
    ], { env: cleanEnv(), timeoutMs: 10 * 60 * 1000 });
    const ms = Date.now() - started;
    if (res.code !== 0 || !installed(dir, tool.packages)) {
      return { name: tool.name, status: 'failed', detail: res.stderr.trim().split('\n').slice(0, 2).join(' / '), ms };
    }
    return { name: tool.name, status: 'installed', ms };
  });
  return pool(jobs, 3);
}
