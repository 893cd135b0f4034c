/**
 * The figures a reader should take away, with how much to trust them: this
 * client against each peer measured in the same run, as same-round ratios,
 * CPU per request first (steady from run to run), requests/s second and
 * marked as noise when its rounds spread more than NOISE; and how loaded the
 * machine was (the load average before and after the run and each round).
 */
import registry from '../clients/index.js';
import { workloadTitle } from './config.mjs';
import { pairRatio } from './stats.mjs';

/** A ratio whose rounds differ by more than this (max − min, over the median) is noise, not a figure. */
export const NOISE = 0.1;

const f2 = (x) => x.toFixed(2);
const load3 = (l) => l.map((x) => x.toFixed(1)).join('/');

/** How loaded the machine was; older results (1-minute figure only, no rounds) say what they have. */
export function loadLines(result) {
  const m = result.machine;
  const whole = m.loadavg
    ? `Load average (1/5/15 min): ${load3(m.loadavg.before)} before the run, ${load3(m.loadavg.after)} after`
    : `Load average (1 min): ${m.loadavg1m.before.toFixed(1)} before the run, ${m.loadavg1m.after.toFixed(1)} after`;
  const rounds = result.roundLoad && result.roundLoad.length
    ? `; per round (1 min): ${result.roundLoad.map((r) => `${r.before.toFixed(1)}→${r.after.toFixed(1)}`).join(', ')}`
    : '';
  return [`${whole}${rounds} (${m.cores} cores).`];
}

function spreadOf(s) {
  return s.median ? (s.max - s.min) / s.median : 0;
}

function noise(s, rounds) {
  return rounds > 1 && spreadOf(s) > NOISE ? `, noise (spread ${Math.round(spreadOf(s) * 100)}%)` : '';
}

function ratioText(s, rounds) {
  if (rounds < 2) return `${f2(s.median)}×`;
  return `${f2(s.median)}× (${f2(s.min)}–${f2(s.max)})`;
}

/** The comparisons made, where both clients ran: [ours, peer]. */
function pairs(clients) {
  const has = (id) => clients.includes(id);
  const out = [];
  if (has('ours-promise')) {
    for (const peer of ['node-fetch', 'losant-rest-promise', 'global-fetch']) if (has(peer)) out.push(['ours-promise', peer]);
    if (has('ours-node-fetch')) out.push(['ours-node-fetch', 'ours-promise']);
  }
  return out;
}

export function summaryLines(result) {
  const rounds = result.rounds;
  const label = (id) => registry.findClient(id).label;
  const lines = [`Same-round ratios, median (min–max) over ${rounds} round(s); CPU per request first, the steadier figure; `
    + `a ratio whose rounds spread more than ${NOISE * 100}% is marked as noise${rounds < 2 ? ' (one round: no spread to judge)' : ''}:`];
  for (const [ours, peer] of pairs(result.clients)) {
    for (const w of result.workloads) {
      const cpu = pairRatio(result.perRound, w.id, ours, peer, 'cpuUsPerReq');
      const rps = pairRatio(result.perRound, w.id, ours, peer, 'rps');
      lines.push(`  ${workloadTitle(w)}, ${label(ours)} vs ${label(peer)}: CPU/req ${ratioText(cpu, rounds)}${noise(cpu, rounds)}; `
        + `req/s ${ratioText(rps, rounds)}${noise(rps, rounds)}`);
    }
  }
  return lines;
}
