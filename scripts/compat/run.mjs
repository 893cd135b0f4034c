/** Runs a command without a shell and collects its output; never rejects. */
import { spawn } from 'node:child_process';

/**
 * @returns {Promise<{code: number|null, signal: string|null, stdout: string, stderr: string, timedOut: boolean}>}
 * `timeoutMs` is a guard against a hung child (e.g. a socket that keeps an
 * old Node alive), not a measurement: the child is killed and `timedOut` set.
 */
export function run(command, args, { cwd, env, timeoutMs = 0 } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: env || process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const timer = timeoutMs > 0 ? setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs) : undefined;
    const finish = (code, signal, extra = '') => {
      if (timer) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr: stderr + extra, timedOut });
    };
    child.on('error', (err) => finish(null, null, String(err && err.message)));
    child.on('close', (code, signal) => finish(code, signal));
    child.stdin.on('error', () => undefined); // EPIPE from a child that exited first: its exit code tells.
    child.stdin.end();
  });
}

/** Runs async `jobs` (functions) at most `limit` at a time; results in input order. */
export async function pool(jobs, limit) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const index = next++;
      results[index] = await jobs[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}

/**
 * The environment for fixtures (not for npm, which may need the machine's proxy to reach the
 * registry): cleanEnv() without proxy variables, so that a proxy set on the machine cannot
 * come between a fixture's client and the loopback emulator.
 */
export function fixtureEnv() {
  const env = cleanEnv();
  for (const key of Object.keys(env)) if (/^(https?|no|all)_proxy$/i.test(key)) delete env[key];
  return env;
}

/** An environment for children that cannot see this repo's modules or an inherited NODE_OPTIONS. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  delete env.NODE_PATH;
  delete env.NODE_OPTIONS;
  // Under `npm test`, npm describes this repo's package and script in the environment; a child npm
  // would take the repo as its project. The user's own npm_config_* (registry, proxy, cache) stay.
  for (const key of Object.keys(env)) {
    if (/^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_local_prefix$)/.test(key)) delete env[key];
  }
  return env;
}
