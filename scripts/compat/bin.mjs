/**
 * The published `losant-org-emulator` command on one Node release: it starts,
 * prints its URL, answers a request there, then on SIGTERM closes and exits
 * with code 0.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import { fixtureEnv } from './run.mjs';

/** Guards against a command that never starts or never exits; not a measurement. */
const GUARD_MS = 30000;

/** @returns {Promise<{ok: boolean, detail?: string}>} */
export function checkBin(nodeBinary, consumerDir) {
  // Run by path with the Node under test: the .bin shim's `#!/usr/bin/env node` would pick the current Node.
  const script = join(consumerDir, 'node_modules', 'losant-org-client', 'bin', 'losant-org-emulator.js');
  const child = spawn(nodeBinary, [script, '--port', '0', '--quiet'], { cwd: consumerDir, env: fixtureEnv() });
  let stdout = '';
  let stderr = '';
  /** 'starting' → 'pinging' → 'answered' (SIGTERM sent) or 'no answer'. */
  let phase = 'starting';
  let pingResult;
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  child.stdout.setEncoding('utf8').on('data', (d) => {
    stdout += d;
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\s/.exec(stdout);
    if (!match || phase !== 'starting') return;
    phase = 'pinging';
    // Serving a request, not just printing a URL, is what "it runs on this Node" means; then SIGTERM.
    ping(match[1]).then((result) => {
      pingResult = result;
      phase = typeof result === 'number' ? 'answered' : 'no answer';
      child.kill('SIGTERM');
    });
  });
  return new Promise((resolve) => {
    const guard = setTimeout(() => child.kill('SIGKILL'), GUARD_MS);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (phase === 'answered' && code === 0) return resolve({ ok: true });
      const why = {
        starting: `exited (code ${code}, signal ${signal}) without printing its URL`,
        pinging: `exited (code ${code}, signal ${signal}) before answering a request`,
        'no answer': `did not answer a request: ${pingResult && pingResult.message}`,
        answered: `exit code ${code}, signal ${signal} after SIGTERM (expected a clean exit, code 0)`,
      }[phase];
      return resolve({ ok: false, detail: `losant-org-emulator ${why}\n${(stderr || stdout).slice(-1500)}` });
    });
  });
}

/** Any HTTP answer (the status) or the error; the emulator requires a token, so 401 is expected. */
function ping(url) {
  return new Promise((resolve) => {
    const req = get(`${url}/orgs/575ed6e87ae143cd83dc4aa8`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', resolve);
  });
}
