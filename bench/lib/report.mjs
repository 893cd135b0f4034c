/** The printed table and the Markdown of the measured part of docs/guide/performance.md. */
import registry from '../clients/index.js';
import { workloadTitle } from './config.mjs';
import { loadLines, summaryLines } from './summary.mjs';

const f0 = (x) => Math.round(x).toLocaleString('en-US');
const f2 = (x) => x.toFixed(2);
const ms = (x) => (x < 1 ? x.toFixed(3) : x.toFixed(2));
// One round has no range to show.
const range = (s, fmt) => (s.n > 1 ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : fmt(s.median));
const ratio = (s) => (s.n > 1 ? `${f2(s.median)}× (${f2(s.min)}–${f2(s.max)})` : `${f2(s.median)}×`);

const HEADER = ['client', 'req/s', 'req/s ×raw', 'p50 ms', 'p50 ×raw', 'p99 ms', 'p99 ×raw', 'CPU µs/req', 'CPU ×raw'];

function rows(stats, clientIds) {
  return clientIds.map((id) => {
    const s = stats[id];
    return [registry.findClient(id).label, range(s.rps, f0), ratio(s.rpsRatio), range(s.p50ms, ms), ratio(s.p50msRatio),
      range(s.p99ms, ms), ratio(s.p99msRatio), range(s.cpuUsPerReq, f0), ratio(s.cpuUsPerReqRatio)];
  });
}

function pad(table) {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
  return table.map((r) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ')).join('\n');
}

function caption(w, n) {
  return `${workloadTitle(w)}: ${f0(w.requests)} requests after ${f0(w.warmup)} warm-up, ${n} round(s); median (min–max)`;
}

export function textReport(result) {
  const m = result.machine;
  const parts = [`${m.cpuModel} (${m.cores} cores), Node ${m.node}; ${result.pinning}`, ...loadLines(result), '', ...summaryLines(result)];
  for (const w of result.workloads) {
    parts.push(`\n${caption(w, result.rounds)}`, pad([HEADER, ...rows(result.stats[w.id], result.clients)]));
  }
  if (result.cold) parts.push('', coldLines(result.cold).join('\n'));
  if (result.footprint) parts.push('', footprintLines(result.footprint).join('\n'));
  if (result.typecheck) parts.push('', typecheckLines(result.typecheck).join('\n'));
  parts.push('', 'Targets (unsettled: the rounds disagree, some meet it and some miss it):');
  for (const t of result.targets) {
    parts.push(`  ${verdict(t).padEnd(9)}  ${t.name}: ${f2(t.median)} (${f2(t.min)}–${f2(t.max)}), target ${t.op} ${t.limit}`);
  }
  return parts.join('\n');
}

/** Older results have no `settled`: their verdict is the median's. */
function verdict(t) {
  if (t.settled === false) return 'unsettled';
  return t.met ? 'met' : 'MISSED';
}

export function coldLines(cold) {
  const e = cold.emptyNode;
  // Older results have wall time only.
  const lines = [e
    ? `Cold load (median (min–max) of ${cold.runs} spawns, beyond an empty node: ${e.ms.toFixed(1)} ms wall, ${e.cpuMs.toFixed(1)} ms CPU, ${f0(e.heapKB)} KB heap):`
    : `Cold load (median of ${cold.runs} spawns, minus empty node at ${cold.emptyNodeMs.toFixed(1)} ms):`];
  const one = (s, fmt) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;
  const f1 = (x) => x.toFixed(1);
  for (const r of cold.results) {
    const extra = r.cpuMs ? `; CPU ${one(r.cpuMs, f1)} ms; heap +${one(r.heapKB, f0)} KB` : '';
    lines.push(`  ${r.label}: wall ${r.ms.toFixed(1)} ms (${r.min.toFixed(1)}–${r.max.toFixed(1)})${extra}`);
  }
  return lines;
}

function footprintLines(footprint) {
  const lines = ['Installed footprint (npm install --omit=dev):'];
  // Long lists belong in the JSON; a short one (this package's) says what the count is made of.
  for (const f of footprint) {
    lines.push(`  ${f.id}: ${f.packages} ${f.packages === 1 ? 'package' : 'packages'}, ${f.diskKB} KB on disk${f.list.length <= 8 ? ` (${f.list.join(', ')})` : ''}`);
  }
  return lines;
}

export function typecheckLines(typecheck) {
  const lines = ['Type-check, `tsc --noEmit` (strict), a consumer of three resources vs an empty program:'];
  for (const t of typecheck) {
    lines.push(`  lib ${t.lib.join('+')}: ${t.consumerMs.toFixed(0)} ms vs ${t.emptyMs.toFixed(0)} ms, ${f2(t.ratio)}× (median of ${t.runs})`);
  }
  return lines;
}

function mdTable(header, body) {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i ? '---:' : '---')).join('|')}|`,
    ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The lines around the part of docs/guide/performance.md that a published run writes. */
export const PERFORMANCE_BEGIN = '<!-- BEGIN measured: written by npm run bench (bench/run.mjs), DO NOT EDIT -->';
export const PERFORMANCE_END = '<!-- END measured -->';

/** The measured figures as Markdown, its links relative to docs/guide/ (where a published run puts them). */
export function markdownReport(result) {
  const m = result.machine;
  const out = [
    `Measured on ${m.cpuModel} (${m.cores} cores), ${m.os}, Node ${m.node}, ${m.date.slice(0, 10)}; ${result.pinning};`,
    `code at ${result.code.commit}${result.code.libDirty ? ' (lib/ modified)' : ''}, dist sha256 ${result.code.distSha256}.`,
    ...loadLines(result),
    '',
    ...summaryLines(result).map((l, i) => (i ? `- ${l.trim()}` : l)),
    '',
    'Every client runs in its own process against the same loopback `node:http` keep-alive server (its own process),',
    'making the same requests with the same headers. Ratios (×raw) are to raw `http.request` with a keep-alive agent',
    'measured in the same round: the practical limit. The client runs with its defaults (validation on).',
    '',
    '![Throughput relative to raw http](../../bench/results/chart.svg)',
  ];
  for (const w of result.workloads) {
    out.push('', `**${caption(w, result.rounds)}**`, '', mdTable(HEADER, rows(result.stats[w.id], result.clients)));
  }
  if (result.cold) out.push('', ...coldLines(result.cold).map((l, i) => (i ? `- ${l.trim()}` : l)));
  if (result.footprint) out.push('', ...footprintLines(result.footprint).map((l, i) => (i ? `- ${l.trim()}` : l)));
  if (result.typecheck) out.push('', ...typecheckLines(result.typecheck).map((l, i) => (i ? `- ${l.trim()}` : l)));
  out.push('', 'Reproduce (about 10 minutes; `--quick` for a smoke run):', '', '```sh', 'npm run build && npm run bench', '```', '',
    'The harness, its options and how to read the figures: [bench/README.md](../../bench/README.md).');
  return `${out.join('\n')}\n`;
}

/** The performance guide with its measured part replaced; the markers must be there once, in order. */
export function spliceMeasured(page, measured) {
  const begin = page.indexOf(PERFORMANCE_BEGIN);
  const end = page.indexOf(PERFORMANCE_END);
  if (begin === -1 || end < begin || page.indexOf(PERFORMANCE_BEGIN, begin + 1) !== -1) {
    throw new Error(`the performance guide needs one measured part between the lines\n  ${PERFORMANCE_BEGIN}\n  ${PERFORMANCE_END}`);
  }
  return `${page.slice(0, begin + PERFORMANCE_BEGIN.length)}\n${measured}${page.slice(end)}`;
}
