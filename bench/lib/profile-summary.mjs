/**
 * Reads a V8 .cpuprofile and sums self time per frame and per owner
 * (this package, node-fetch, node core, the harness, other packages), so a
 * profile can be read as "where does our time go" without DevTools.
 */
import { readFileSync } from 'node:fs';

/** Who a frame belongs to, from its script URL. */
export function ownerOf(url, functionName) {
  if (!url) return functionName.startsWith('(') ? functionName : 'native';
  if (/\/(dist|snapshot[^/]*|\.ab)\/[^/]*\.m?js$/.test(url) || /\/lib\/.*\.ts$/.test(url)) return 'losant-org-client';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1];
  if (url.startsWith('node:')) return 'node core';
  if (/\/bench\//.test(url)) return 'bench harness';
  return 'other';
}

export function summarize(file, top = 25) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // Each sample lasts until the next one; the last sample's length is unknown and skipped.
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i];
    self.set(id, (self.get(id) || 0) + profile.timeDeltas[i + 1]);
  }
  const frames = new Map();
  const owners = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (functionName === '(idle)') continue;
    total += us;
    const name = functionName || '(anonymous)';
    const owner = ownerOf(url, name);
    const key = `${name} ${shortUrl(url)}:${lineNumber + 1}`;
    const frame = frames.get(key) || { frame: key, owner, us: 0 };
    frame.us += us;
    frames.set(key, frame);
    owners.set(owner, (owners.get(owner) || 0) + us);
  }
  const pct = (us) => Math.round((1000 * us) / total) / 10;
  return {
    totalMs: Math.round(total / 1000),
    owners: [...owners].sort((a, b) => b[1] - a[1]).map(([owner, us]) => ({ owner, ms: Math.round(us / 1000), pct: pct(us) })),
    top: [...frames.values()].sort((a, b) => b.us - a.us).slice(0, top)
      .map((f) => ({ frame: f.frame, owner: f.owner, ms: Math.round(f.us / 100) / 10, pct: pct(f.us) })),
  };
}

function shortUrl(url) {
  if (!url) return '';
  return url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, '').replace(/^.*\/(dist|bench)\//, '$1/');
}

export function formatSummary(summary) {
  const lines = [`self time, idle excluded: ${summary.totalMs} ms`, 'by owner:'];
  for (const o of summary.owners) lines.push(`  ${String(o.pct).padStart(5)}%  ${o.owner}`);
  lines.push('top frames (self):');
  for (const f of summary.top) lines.push(`  ${String(f.pct).padStart(5)}%  ${f.frame}  [${f.owner}]`);
  return lines.join('\n');
}
