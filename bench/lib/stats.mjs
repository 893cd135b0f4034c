/** Medians, ranges and same-round ratios of the per-round results. */

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function spread(values) {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

const METRICS = ['rps', 'p50ms', 'p99ms', 'cpuUsPerReq'];

/**
 * rounds[r][workloadId][clientId] = child result. Returns, per workload and
 * client, each metric and its ratio to `baseline` measured in the same round.
 */
export function aggregate(rounds, workloadIds, clientIds, baseline = 'raw-http') {
  const out = {};
  for (const w of workloadIds) {
    out[w] = {};
    for (const c of clientIds) {
      const entry = {};
      for (const m of METRICS) {
        const values = rounds.map((r) => r[w][c][m]);
        const ratios = rounds.map((r) => r[w][c][m] / r[w][baseline][m]);
        entry[m] = spread(values);
        entry[`${m}Ratio`] = spread(ratios);
      }
      out[w][c] = entry;
    }
  }
  return out;
}

/** Ratio of client a to client b on one metric, per round, then summarised. */
export function pairRatio(rounds, w, a, b, metric) {
  return spread(rounds.map((r) => r[w][a][metric] / r[w][b][metric]));
}
