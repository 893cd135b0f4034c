/** Plain-text tables for the terminal and CI logs. */

/** Left-aligned columns, a header rule, two spaces between columns. */
export function formatTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
