/** Starts emulators in a child process (current Node) and stops them again. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cleanEnv } from './run.mjs';

const CHILD = fileURLToPath(new URL('./serve-emulator.cjs', import.meta.url));
/** Guards against a child that never prints its line; not a measurement. */
const START_GUARD_MS = 30000;
const STOP_GUARD_MS = 10000;

/** @returns {Promise<{servers: Array<{url: string, demo: object}>, stop: () => Promise<void>}>} */
export function startServers(consumerDir, count) {
  const child = spawn(process.execPath, [CHILD, consumerDir, String(count)], {
    cwd: consumerDir, env: cleanEnv(), stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  // Ending stdin of a child that already died must not crash this process with EPIPE.
  child.stdin.on('error', () => undefined);
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('close', resolve));
  const stop = async () => {
    child.stdin.end();
    const guard = setTimeout(() => child.kill('SIGKILL'), STOP_GUARD_MS);
    await exited;
    clearTimeout(guard);
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let started = false;
    const fail = (why) => {
      if (started) return;
      clearTimeout(guard);
      child.kill('SIGKILL');
      reject(new Error(`emulator did not start: ${why}\n${stderr.slice(-2000)}`));
    };
    const guard = setTimeout(() => fail(`no address within ${START_GUARD_MS} ms`), START_GUARD_MS);
    child.stdout.setEncoding('utf8').on('data', (d) => {
      stdout += d;
      // Only whole lines: a chunk may end in the middle of the JSON.
      const line = stdout.slice(0, stdout.lastIndexOf('\n') + 1).split('\n').find((l) => l.startsWith('COMPAT_SERVERS '));
      if (!line) return;
      started = true;
      clearTimeout(guard);
      // Later output (request logs, if any) is drained so the pipe never fills up.
      child.stdout.removeAllListeners('data');
      child.stdout.resume();
      resolve({ servers: JSON.parse(line.slice('COMPAT_SERVERS '.length)), stop });
    });
    exited.then((code) => fail(`exited with code ${code}`));
  });
}
