/**
 * Cold load: wall time of `node -e "<require + createClient>"` minus that of
 * `node -e ""`, over many interleaved spawns (medians), so only what the
 * package costs at start-up remains. No hyperfine needed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fixtures from '../fixtures.js';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(`${ROOT}package.json`);
const OPTS = "{ url: 'http://127.0.0.1:9', accessToken: 'x' }";
const FIRST_CALL = `org.get({ orgId: ${JSON.stringify(fixtures.ORG_ID)} }, { retries: 0 })`;

function targets() {
  const q = (id) => JSON.stringify(require.resolve(id));
  // The same snapshot of dist/index.js as the throughput runs (see run.mjs).
  const ours = JSON.stringify(process.env.BENCH_DIST || `${ROOT}dist/index.js`);
  return [
    { id: 'losant-org-client', label: 'losant-org-client: require + createClient', code: `require(${ours}).createClient(${OPTS})` },
    {
      // What a first call adds: the resource's chunk, its validators and the
      // transport load then. Port 9 refuses at once on loopback, so the
      // figure is loading, not waiting.
      id: 'losant-org-client+first-call',
      label: 'losant-org-client: require + createClient + a first call (org.get, refused at once, not retried)',
      code: `require(${ours}).createClient(${OPTS}).${FIRST_CALL}.catch(() => {})`,
    },
    { id: 'losant-rest', label: 'losant-rest@2.8.1: require + createClient', code: `require(${q('losant-rest')}).createClient(${OPTS})` },
    { id: 'axios', label: 'axios@1: require + create', code: `require(${q('axios')}).create({ baseURL: 'http://127.0.0.1:9' })` },
    { id: 'node-fetch', label: 'node-fetch@2: require', code: `require(${q('node-fetch')})` },
  ];
}

function timeOnce(pin, code) {
  const full = [...pin.client, process.execPath, '-e', code];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`cold load failed: ${code}\n${r.stderr}`);
  return ms;
}

export function measureCold(pin, runs) {
  const list = targets();
  const empty = [];
  const times = new Map(list.map((t) => [t.id, []]));
  // Interleaved, so a slow spell of the machine hits every target alike.
  for (let i = 0; i < runs; i++) {
    empty.push(timeOnce(pin, ''));
    for (const t of list) times.get(t.id).push(timeOnce(pin, t.code));
  }
  const base = median(empty);
  return {
    runs,
    emptyNodeMs: base,
    results: list.map((t) => {
      const values = times.get(t.id).map((ms) => ms - base);
      return { id: t.id, label: t.label, ms: median(values), min: Math.min(...values), max: Math.max(...values) };
    }),
  };
}
