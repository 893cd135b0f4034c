/**
 * A short, single-line excerpt of a non-JSON error body (a proxy's HTML error
 * page, say) for the error message: tags, comments and the contents of
 * <head>, <script> and <style> dropped, whitespace collapsed.
 *
 * The body comes from a server that may be hostile, so this is one forward
 * scan over a bounded prefix: every search starts where the last one ended,
 * and a tag (or block) that never closes ends the scan instead of being
 * searched for again. The cost is linear in the prefix and does not depend on
 * the body's size; regular expressions that rescan to the end for every
 * unclosed `<` froze the event loop for minutes on a 200 KB body.
 */

/** The excerpt's length, in characters, before the ellipsis. */
const EXCERPT_LENGTH = 200;
/** Only this much of the body is looked at: an error page's text starts well within it. */
const SCAN_LIMIT = 64 * 1024;
/** Elements whose content is not text a reader wants in a message. */
const SKIPPED_BLOCKS = ['head', 'script', 'style'];

export function textExcerpt(raw: string): string {
  const text = raw.length > SCAN_LIMIT ? raw.slice(0, SCAN_LIMIT) : raw;
  let out = '';
  let space = false;
  let i = 0;
  while (i < text.length && out.length <= EXCERPT_LENGTH) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */ && opensMarkup(text.charCodeAt(i + 1))) {
      const next = skipMarkup(text, i);
      if (next < 0) break;
      i = next;
      space = true;
    } else if (c === 32 || (c >= 9 && c <= 13)) {
      space = true;
      i++;
    } else {
      if (space && out) out += ' ';
      space = false;
      out += text[i];
      i++;
    }
  }
  return out.length > EXCERPT_LENGTH ? `${cut(out, EXCERPT_LENGTH)}…` : out;
}

/** `<` starts markup only before a letter, `/`, `!` or `?` (as HTML tokenizes it); `a < b` is text. */
function opensMarkup(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 || c === 33 || c === 63;
}

/** Where the markup starting at `start` ends (just past it), or -1 when it never closes. */
function skipMarkup(text: string, start: number): number {
  if (text.startsWith('<!--', start)) {
    const end = text.indexOf('-->', start + 4);
    return end < 0 ? -1 : end + 3;
  }
  const close = text.indexOf('>', start + 1);
  if (close < 0) return -1;
  const name = tagName(text, start + 1);
  if (SKIPPED_BLOCKS.indexOf(name) === -1) return close + 1;
  const endTag = findEndTag(text, name, close + 1);
  if (endTag < 0) return -1;
  const endClose = text.indexOf('>', endTag);
  return endClose < 0 ? -1 : endClose + 1;
}

/** The tag's name in lower case (ASCII letters and digits only, so indexes stay those of `text`). */
function tagName(text: string, from: number): string {
  let end = from;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return text.slice(from, end).toLowerCase();
}

/** Where `</name` (any case) next starts at or after `from`, or -1; each `</` is looked at once. */
function findEndTag(text: string, name: string, from: number): number {
  for (let at = text.indexOf('</', from); at >= 0; at = text.indexOf('</', at + 2)) {
    if (tagName(text, at + 2) === name) return at;
  }
  return -1;
}

/** The first `length` characters, without splitting a surrogate pair. */
function cut(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, length - 1) : text.slice(0, length);
}
