/** Child processes: the server, one client run, CPU pinning. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const BENCH = fileURLToPath(new URL('..', import.meta.url));

/** `taskset -c N` where it exists and works here (containers may forbid it), else nothing. */
export function pinning(wanted) {
  if (!wanted) return { server: [], client: [], note: 'not pinned (--no-pin)' };
  if (cpus().length < 2) return { server: [], client: [], note: 'not pinned (fewer than 2 cores)' };
  const probe = spawnSync('taskset', ['-c', '1', 'true'], { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) return { server: [], client: [], note: 'not pinned (taskset unavailable)' };
  return { server: ['taskset', '-c', '0'], client: ['taskset', '-c', '1'], note: 'server on core 0, client on core 1 (taskset)' };
}

function command(prefix, args) {
  const full = [...prefix, process.execPath, ...args];
  return { file: full[0], args: full.slice(1) };
}

/** Starts bench/server.js; resolves with its port and a stop() that waits for it to exit. */
export function startServer(pin) {
  const { file, args } = command(pin.server, [`${BENCH}server.js`]);
  const child = spawn(file, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early (code ${code})`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!out.includes('\n')) return;
      child.removeAllListeners('exit');
      const { port } = JSON.parse(out.split('\n')[0]);
      resolve({
        port,
        stop: () => new Promise((done) => {
          child.once('exit', done);
          child.stdin.end();
        }),
      });
    });
  });
}

/** Runs a node script to completion and parses the JSON line it prints. */
export function runNode(pin, args) {
  const { file, args: full } = command(pin.client, args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, full, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => { out += c; });
    child.stderr.on('data', (c) => { err += c; });
    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} failed (code ${code}):\n${err}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').pop()));
      } catch (e) {
        reject(new Error(`${args.join(' ')} printed no result:\n${out}\n${err}`));
      }
    });
  });
}

/**
 * One client, one workload. --expose-gc lets the child start each measurement
 * from a clean young heap; `nodeFlags` adds e.g. --cpu-prof (bench/profile.mjs).
 */
export function runClient(pin, port, clientId, w, nodeFlags = []) {
  return runNode(pin, ['--expose-gc', ...nodeFlags, `${BENCH}child.js`, clientId, String(port), w.kind,
    String(w.concurrency), String(w.requests), String(w.warmup)]);
}
