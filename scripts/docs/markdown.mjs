// Small Markdown helpers for the generated docs. Output must be byte-stable:
// nothing here depends on the locale, the clock or the machine.

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/**
 * Anchors for headings in page order, as GitHub makes them: the slug, then
 * `-1`, `-2`, … on repeats. Call it once per heading, in order.
 */
export function anchorMaker() {
  const seen = new Map();
  return (heading) => {
    const base = slug(heading);
    const n = seen.has(base) ? seen.get(base) + 1 : 0;
    seen.set(base, n);
    return n ? `${base}-${n}` : base;
  };
}

/** The description carries HTML entities (only `&#x27;` today); Markdown wants the characters. */
export function decodeEntities(text) {
  return String(text).replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** A table cell: a `|` would end the cell and a newline the row, so neither may appear raw. */
export function cell(value) {
  return String(value === undefined || value === null ? '' : value)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ');
}

export function link(text, target) {
  return `[${text}](${target})`;
}

/**
 * A pipe table in the seed's layout: `| a | b |`, the separator row as long
 * as each header, an empty cell as two spaces (`|  |`).
 */
export function table(headers, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), `| ${headers.map((h) => '-'.repeat(h.length)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A fenced block; the fence is longer than any backtick run inside, so content can never close it. */
export function fence(lang, code) {
  const longest = Math.max(2, ...(code.match(/`+/g) || []).map((run) => run.length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${code}\n${ticks}`;
}

/** "a, b, or c" as the seed joins scopes (a single item stays alone, two read "a, or b"). */
export function orList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
}

/** "a or b", "a, b or c" for prose (orList is the seed's scope list). */
export function orWords(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "a and b", "a, b and c" for prose. */
export function andList(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const code = (text) => `\`${text}\``;
