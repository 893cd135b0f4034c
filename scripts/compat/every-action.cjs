/*
 * Child process, run by the current Node for one row of the matrix: every
 * action of the API (all resources), in callback and in promise style, made
 * by the packed package on the row's Node release (test/compat/every-action-caller.js,
 * driven over IPC), against one emulator from the consumer's installed copy.
 * The emulator is reset before each call and each answer must be one the API
 * documents (test/helpers/emulator-calls.js: the same params and checks as
 * test/emulator/every-action.test.js); a stream must resolve open.
 * The emulator runs here because it needs Node 10 or later; the calls run on
 * the old Node, which is what is being proved.
 *
 * Usage: node every-action.cjs <consumerDir> <nodeBinary>
 * Prints one JSON line: {"ok":true,"actions":375,"calls":750,"ms":…} or {"ok":false,…,"failures":[…]}.
 */
'use strict';
const { fork } = require('node:child_process');
const { createRequire } = require('node:module');
const path = require('node:path');
const { ACTIONS, paramsFor, tokenFor, expectDocumented } = require('../../test/helpers/emulator-calls');

const [consumerDir, nodeBinary] = process.argv.slice(2);
const STYLES = ['callback', 'promise'];
/** A call normally takes milliseconds; this only catches one that never settles. */
const CALL_GUARD_MS = 15000;
const MAX_REPORTED = 10;

function encode(value) {
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out = {};
    for (const key of Object.keys(value)) out[key] = encode(value[key]);
    return out;
  }
  return value;
}

function startCaller(env) {
  const child = fork(path.join(consumerDir, 'every-action-caller.js'), [], {
    cwd: consumerDir, execPath: nodeBinary, env, stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const waiting = new Map();
  const broken = [];
  let nextId = 1;
  let ready;
  const started = new Promise((resolve, reject) => { ready = { resolve, reject }; });
  child.on('message', (msg) => {
    if (msg.ready) return ready.resolve(msg);
    if (msg.broken && msg.id === -1) return broken.push(msg.broken);
    const entry = waiting.get(msg.id);
    if (!entry) return undefined;
    waiting.delete(msg.id);
    clearTimeout(entry.timer);
    return entry.resolve(msg);
  });
  child.on('exit', (code, signal) => {
    const why = new Error(`the caller exited (code ${code}, signal ${signal}):\n${stderr.slice(-1500)}`);
    ready.reject(why);
    for (const entry of waiting.values()) entry.reject(why);
    waiting.clear();
  });
  const ask = (message) => new Promise((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error(`no answer within ${CALL_GUARD_MS} ms`));
    }, CALL_GUARD_MS);
    waiting.set(id, { resolve, reject, timer });
    child.send(Object.assign({ id }, message));
  });
  return { child, started, ask, broken, stderr: () => stderr };
}

async function main() {
  const started = Date.now();
  const requireFromConsumer = createRequire(path.join(consumerDir, 'package.json'));
  const { startEmulator } = requireFromConsumer('losant-org-client/emulator');
  const emu = await startEmulator({ port: 0 });
  // The caller's environment has no proxy variables: the emulator is on loopback.
  const env = Object.assign({}, process.env);
  for (const key of Object.keys(env)) if (/^(https?|no|all)_proxy$/i.test(key) || /^NODE_(OPTIONS|PATH)$/.test(key)) delete env[key];
  const caller = startCaller(env);
  const failures = [];
  let calls = 0;
  const actions = new Set();
  try {
    const hello = await caller.started;
    if (!/\/node_modules\/losant-org-client\/dist\/index\.js$/.test(hello.resolved)) throw new Error(`the caller loaded ${hello.resolved}`);
    for (const [resource, action, spec] of ACTIONS) {
      const name = `${resource}.${action}`;
      let passed = 0;
      for (const style of STYLES) {
        emu.reset();
        const params = paramsFor(resource, action, emu.demo);
        try {
          const answer = await caller.ask({ url: emu.url, token: tokenFor(name, emu.demo), resource, action, style, params: encode(params) });
          if (!answer.ok) throw new Error(answer.broken || `failed: ${JSON.stringify(answer.error)}`);
          if (spec.transport === 'eventStream') {
            if (!answer.stream || answer.stream.readyState !== 1) throw new Error(`the stream did not resolve open: ${JSON.stringify(answer)}`);
          } else {
            expectDocumented(resource, action, answer.result);
          }
          calls++;
          passed++;
        } catch (err) {
          failures.push(`${name} (${style}): ${String(err && err.message).slice(0, 400)}`);
        }
      }
      if (passed === STYLES.length) actions.add(name);
    }
  } finally {
    caller.child.kill();
    await emu.close();
  }
  failures.push(...caller.broken);
  const ok = failures.length === 0 && actions.size === ACTIONS.length;
  console.log(JSON.stringify({
    ok, actions: actions.size, of: ACTIONS.length, calls, ms: Date.now() - started,
    failures: failures.slice(0, MAX_REPORTED), moreFailures: Math.max(0, failures.length - MAX_REPORTED),
  }));
}

main().catch((err) => {
  console.log(JSON.stringify({ ok: false, actions: 0, calls: 0, failures: [String(err && err.stack ? err.stack : err)] }));
  process.exitCode = 1;
});
