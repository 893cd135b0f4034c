/** The targets, checked against same-round ratios (medians over rounds). */
import { pairRatio } from './stats.mjs';

/**
 * `met` is judged on the median; `settled` says whether every round agrees
 * (min and max on the same side of the limit). A target the rounds disagree
 * on is not reported as met or missed: within this run's noise, it is both.
 */
function check(name, s, op, limit) {
  const meets = (x) => (op === '>=' ? x >= limit : x <= limit);
  const met = meets(s.median);
  return { name, median: s.median, min: s.min, max: s.max, op, limit, met, settled: meets(s.min) === meets(s.max) };
}

export function evaluateTargets(rounds, workloads, clientIds, cold, footprint, typecheck) {
  const has = (id) => clientIds.includes(id);
  const out = [];
  for (const w of workloads) {
    for (const style of ['promise', 'callback']) {
      const ours = `ours-${style}`;
      if (!has(ours)) continue;
      if (has('node-fetch')) {
        out.push(check(`${w.id} ${style}: req/s vs bare node-fetch`, pairRatio(rounds, w.id, ours, 'node-fetch', 'rps'), '>=', 0.95));
        out.push(check(`${w.id} ${style}: CPU/req vs bare node-fetch`, pairRatio(rounds, w.id, ours, 'node-fetch', 'cpuUsPerReq'), '<=', 1.05));
      }
      const peer = `losant-rest-${style}`;
      if (has(peer)) {
        out.push(check(`${w.id} ${style}: req/s vs losant-rest ${style}`, pairRatio(rounds, w.id, ours, peer, 'rps'), '>=', 1.4));
        out.push(check(`${w.id} ${style}: CPU/req vs losant-rest ${style}`, pairRatio(rounds, w.id, ours, peer, 'cpuUsPerReq'), '<=', 0.6));
      }
    }
    if (w.concurrency === 1 && has('ours-promise') && has('ours-callback')) {
      out.push(check(`${w.id}: callback req/s vs promise`, pairRatio(rounds, w.id, 'ours-callback', 'ours-promise', 'rps'), '>=', 0.95));
    }
  }
  if (cold) {
    const ms = (id) => cold.results.find((r) => r.id === id).ms;
    const r = ms('losant-org-client') / ms('losant-rest');
    out.push(check('cold require + createClient vs losant-rest (wall)', { median: r, min: r, max: r }, '<=', 0.25));
    const ours = cold.results.find((x) => x.id === 'losant-org-client');
    const peer = cold.results.find((x) => x.id === 'losant-rest');
    if (ours.cpuMs) {
      const cpu = ours.cpuMs.median / peer.cpuMs.median;
      out.push(check('cold require + createClient vs losant-rest (CPU)', { median: cpu, min: cpu, max: cpu }, '<=', 0.25));
      const heap = ours.heapKB.median / peer.heapKB.median;
      out.push(check('heap after require + createClient vs losant-rest', { median: heap, min: heap, max: heap }, '<=', 1));
    }
  }
  if (footprint) {
    const n = footprint.find((f) => f.id === 'losant-org-client').packages;
    out.push(check('installed packages (incl. this one)', { median: n, min: n, max: n }, '<=', 5));
    const mb = footprint.find((f) => f.id === 'losant-org-client').diskKB / 1024;
    out.push(check('installed size with dependencies, MB', { median: mb, min: mb, max: mb }, '<=', 8));
  }
  for (const t of typecheck || []) {
    out.push(check(`type-check of a strict consumer vs an empty program (lib ${t.lib.join('+')})`, { median: t.ratio, min: t.ratio, max: t.ratio }, '<=', 2));
  }
  return out;
}
