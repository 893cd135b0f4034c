/**
 * A hand-written SVG bar chart (no dependencies): per client, one bar per
 * workload for req/s as a ratio to raw http in the same round, with the
 * min–max over rounds as a whisker and a rule at 1.0 (the limit).
 */
import registry from '../clients/index.js';
import { workloadTitle } from './config.mjs';

const COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759'];
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function svgChart(result) {
  const { workloads, clients, stats } = result;
  const bar = 12;
  const gap = 10;
  const left = 290;
  const plot = 460;
  const top = 54;
  const group = workloads.length * bar + gap;
  const height = top + clients.length * group + 46;
  const width = left + plot + 30;
  const maxRatio = Math.max(1, ...clients.flatMap((c) => workloads.map((w) => stats[w.id][c].rpsRatio.max)));
  const scale = Math.ceil(maxRatio * 5) / 5;
  const x = (v) => left + (v / scale) * plot;
  const el = [];
  el.push(`<text x="${width / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">Throughput relative to raw http.request (same round, higher is better)</text>`);
  workloads.forEach((w, i) => {
    const lx = left + i * 150;
    el.push(`<rect x="${lx}" y="30" width="12" height="12" fill="${COLORS[i % COLORS.length]}"/>`);
    el.push(`<text x="${lx + 16}" y="40" font-size="12">${esc(workloadTitle(w))}</text>`);
  });
  for (let t = 0; t <= scale + 1e-9; t += 0.2) {
    const tx = x(t).toFixed(1);
    el.push(`<line x1="${tx}" y1="${top - 4}" x2="${tx}" y2="${height - 40}" stroke="#ddd"/>`);
    el.push(`<text x="${tx}" y="${height - 26}" text-anchor="middle" font-size="11">${t.toFixed(1)}×</text>`);
  }
  clients.forEach((c, ci) => {
    const gy = top + ci * group;
    el.push(`<text x="${left - 8}" y="${gy + (workloads.length * bar) / 2 + 4}" text-anchor="end" font-size="12">${esc(registry.findClient(c).label)}</text>`);
    workloads.forEach((w, wi) => {
      const s = stats[w.id][c].rpsRatio;
      const y = gy + wi * bar;
      el.push(`<rect x="${left}" y="${y}" width="${(x(s.median) - left).toFixed(1)}" height="${bar - 2}" fill="${COLORS[wi % COLORS.length]}"><title>${esc(`${c}, ${workloadTitle(w)}: ${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`)}</title></rect>`);
      const mid = y + (bar - 2) / 2;
      el.push(`<line x1="${x(s.min).toFixed(1)}" y1="${mid}" x2="${x(s.max).toFixed(1)}" y2="${mid}" stroke="#333"/>`);
      el.push(`<text x="${(x(s.max) + 4).toFixed(1)}" y="${y + bar - 3}" font-size="10">${s.median.toFixed(2)}</text>`);
    });
  });
  el.push(`<line x1="${x(1)}" y1="${top - 4}" x2="${x(1)}" y2="${height - 40}" stroke="#000" stroke-dasharray="4 3"/>`);
  const m = result.machine;
  el.push(`<text x="${width / 2}" y="${height - 8}" text-anchor="middle" font-size="11" fill="#555">${esc(`Node ${m.node}, ${m.cpuModel} (${m.cores} cores), ${result.rounds} rounds, whiskers = min–max`)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${el.join('\n')}\n</svg>\n`;
}
