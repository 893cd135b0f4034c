/**
 * Cold load: what `node -e "<require + createClient>"` costs beyond `node -e ""`, over many
 * interleaved spawns (medians): wall time as the parent sees it, the child's own CPU time
 * (`process.cpuUsage`, user + system: much steadier than wall time on a shared machine), and
 * the V8 heap it holds once loaded (`heapUsed` after two full collections). No hyperfine needed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fixtures from '../fixtures.js';
import { median, spread } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(`${ROOT}package.json`);
const OPTS = "{ url: 'http://127.0.0.1:9', accessToken: 'x' }";
const FIRST_CALL = `org.get({ orgId: ${JSON.stringify(fixtures.ORG_ID)} }, { retries: 0 })`;
// Read the CPU first, so the collections that settle the heap are not counted in it.
const REPORT = 'const c = process.cpuUsage(); gc(); gc(); console.log(JSON.stringify({ cpuUs: c.user + c.system, heap: process.memoryUsage().heapUsed }))';

/** This package (and the build in `compare`), each alone and with a first call, then its peers. */
function targets(compare) {
  const q = (id) => JSON.stringify(require.resolve(id));
  // The same snapshot of dist/index.js as the throughput runs (see run.mjs).
  const builds = [{ id: 'losant-org-client', label: 'losant-org-client', index: process.env.BENCH_DIST || `${ROOT}dist/index.js` }];
  if (compare) builds.push({ id: 'compare', label: compare, index: `${compare}/index.js` });
  const list = [];
  for (const b of builds) {
    const client = `require(${JSON.stringify(b.index)}).createClient(${OPTS})`;
    list.push({ id: b.id, label: `${b.label}: require + createClient`, code: `${client}; ${REPORT}` });
    // What a first call adds: the resource's chunk, its validators and the transport load
    // then. Port 9 refuses at once on loopback, so the figure is loading, not waiting.
    list.push({
      id: `${b.id}+first-call`,
      label: `${b.label}: require + createClient + a first call (org.get, refused at once, not retried)`,
      code: `${client}.${FIRST_CALL}.catch(() => {}).then(() => { ${REPORT} })`,
    });
  }
  list.push(
    { id: 'losant-rest', label: 'losant-rest@2.8.1: require + createClient', code: `require(${q('losant-rest')}).createClient(${OPTS}); ${REPORT}` },
    { id: 'axios', label: 'axios@1: require + create', code: `require(${q('axios')}).create({ baseURL: 'http://127.0.0.1:9' }); ${REPORT}` },
    { id: 'node-fetch', label: 'node-fetch@2: require', code: `require(${q('node-fetch')}); ${REPORT}` },
  );
  return list;
}

function runOnce(pin, code) {
  const full = [...pin.client, process.execPath, '--expose-gc', '-e', code];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`cold load failed: ${code}\n${r.stderr}`);
  const { cpuUs, heap } = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ms, cpuMs: cpuUs / 1000, heapKB: heap / 1024 };
}

/** `compare`: the dist/ folder of another build, measured in the same interleaved spawns. */
export function measureCold(pin, runs, compare) {
  const list = targets(compare);
  const empty = [];
  const samples = new Map(list.map((t) => [t.id, []]));
  // Interleaved, so a slow spell of the machine hits every target alike.
  for (let i = 0; i < runs; i++) {
    empty.push(runOnce(pin, REPORT));
    for (const t of list) samples.get(t.id).push(runOnce(pin, t.code));
  }
  const base = { ms: median(empty.map((e) => e.ms)), cpuMs: median(empty.map((e) => e.cpuMs)), heapKB: median(empty.map((e) => e.heapKB)) };
  const beyond = (values, key) => spread(values.map((v) => v[key] - base[key]));
  return {
    runs,
    emptyNodeMs: base.ms,
    emptyNode: base,
    results: list.map((t) => {
      const values = samples.get(t.id);
      const wall = beyond(values, 'ms');
      return { id: t.id, label: t.label, ms: wall.median, min: wall.min, max: wall.max, cpuMs: beyond(values, 'cpuMs'), heapKB: beyond(values, 'heapKB') };
    }),
  };
}
