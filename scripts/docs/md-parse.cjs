'use strict';
// Reads the Markdown of docs/*.md and the seed page, for the doc tests
// (test/docs/*.test.js). The generator never uses this file: the tests parse
// what was written instead of trusting how it was written.

/** `## Title` sections: { title, lines } (lines exclude the heading). */
function sections(md) {
  const out = [];
  let current = null;
  for (const line of md.split('\n')) {
    const m = /^## (.+)$/.exec(line);
    if (m) out.push((current = { title: m[1].trim(), lines: [] }));
    else if (current) current.lines.push(line);
  }
  return out;
}

/** Fenced code blocks: { lang, code }. */
function codeBlocks(lines) {
  const blocks = [];
  let open = null;
  for (const line of lines) {
    if (open) {
      if (line === open.fence) {
        blocks.push({ lang: open.lang, code: open.body.join('\n') });
        open = null;
      } else open.body.push(line);
    } else {
      const m = /^(```+)(\w*)\s*$/.exec(line);
      if (m) open = { fence: m[1], lang: m[2], body: [] };
    }
  }
  return blocks;
}

/** The lines outside fenced code blocks (code may contain `#` or `[x](y)` that are not Markdown). */
function proseLines(md) {
  const out = [];
  let fence = null;
  for (const line of md.split('\n')) {
    const m = /^(```+)/.exec(line);
    if (fence) {
      if (line === fence) fence = null;
    } else if (m) fence = m[1];
    else out.push(line);
  }
  return out;
}

function splitRow(line) {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Pipe tables: { heading, rows } with rows[0] the header row; the separator row is dropped. */
function tables(lines) {
  const out = [];
  let heading = '';
  let current = null;
  for (const line of lines) {
    const h = /^#{3,6} (.+)$/.exec(line);
    if (h) heading = h[1].trim();
    if (/^\s*\|/.test(line)) {
      if (!current) out.push((current = { heading, rows: [] }));
      if (!/^\|[\s|:-]+\|$/.test(line.trim())) current.rows.push(splitRow(line));
    } else current = null;
  }
  return out;
}

function firstParagraph(lines) {
  const start = lines.findIndex((l) => l.trim() !== '');
  const end = lines.findIndex((l, i) => i > start && l.trim() === '');
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
}

/**
 * The anchors GitHub gives the headings of a page, in order: lower case,
 * punctuation dropped, spaces to hyphens, and `-1`, `-2`, … on repeats.
 */
function anchors(md) {
  const seen = new Map();
  const out = [];
  for (const line of proseLines(md)) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.has(base) ? seen.get(base) + 1 : 0;
    seen.set(base, n);
    out.push(n ? `${base}-${n}` : base);
  }
  return out;
}

/** Inline links outside code: [{ text, target }]. */
function links(md) {
  const out = [];
  for (const line of proseLines(md)) {
    const re = /\[([^\]]*)\]\(([^)\s]+)\)/g;
    let m;
    while ((m = re.exec(line))) out.push({ text: m[1], target: m[2] });
  }
  return out;
}

module.exports = { sections, codeBlocks, proseLines, tables, firstParagraph, anchors, links };
