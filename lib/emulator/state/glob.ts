/**
 * The lists' `filter`: a glob where `*` matches any run of characters (none
 * included) and every other character stands for itself, compared
 * case-insensitively with the whole value.
 *
 * The glob comes from the request, so matching must cost time linear in the
 * value and the glob, whatever they hold. A RegExp built from the glob (as
 * before) backtracks: `*a*a*a*a*a*a*a*b` against a name of sixty `a`s kept
 * the event loop, and so every other client, waiting for seconds. Here the
 * glob is cut at its stars into literal pieces: the first must start the
 * value, the last must end it, and each one between is taken at its leftmost
 * place after the one before. Leftmost is always safe: a star can absorb
 * whatever a later place would have skipped. Each place is found with
 * Knuth-Morris-Pratt, which never steps back in the value, and each search
 * starts where the previous piece ended: one pass over the value in all.
 */

/** A literal piece, as canonical code units, with its KMP failure table. */
interface Piece {
  units: number[];
  fail: number[];
}

/**
 * One UTF-16 code unit as a case-insensitive RegExp (without the `u` flag)
 * compares it: its upper case when that is one code unit, except that a
 * non-ASCII unit never becomes an ASCII one. So the filter matches exactly
 * what it matched when it was a RegExp with the `i` flag.
 */
function canonical(unit: number): number {
  if (unit < 128) return unit >= 97 && unit <= 122 ? unit - 32 : unit;
  const upper = String.fromCharCode(unit).toUpperCase();
  return upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : unit;
}

function unitsOf(text: string): number[] {
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = canonical(text.charCodeAt(i));
  return units;
}

/** fail[i]: the length of the longest proper prefix of units[0..i] that is also its suffix. */
function pieceOf(text: string): Piece {
  const units = unitsOf(text);
  const fail = new Array<number>(units.length);
  fail[0] = 0;
  let k = 0;
  for (let i = 1; i < units.length; i++) {
    while (k > 0 && units[i] !== units[k]) k = fail[k - 1];
    if (units[i] === units[k]) k++;
    fail[i] = k;
  }
  return { units, fail };
}

function startsAt(piece: Piece, value: number[], at: number): boolean {
  for (let i = 0; i < piece.units.length; i++) if (value[at + i] !== piece.units[i]) return false;
  return true;
}

/** The first index `i >= from` where the piece lies wholly before `end`, or -1. */
function find(piece: Piece, value: number[], from: number, end: number): number {
  const units = piece.units;
  if (units.length === 0) return from;
  let k = 0;
  for (let i = from; i < end; i++) {
    while (k > 0 && value[i] !== units[k]) k = piece.fail[k - 1];
    if (value[i] === units[k]) k++;
    if (k === units.length) return i - units.length + 1;
  }
  return -1;
}

function matches(pieces: Piece[], value: number[]): boolean {
  const first = pieces[0];
  if (pieces.length === 1) return value.length === first.units.length && startsAt(first, value, 0);
  const last = pieces[pieces.length - 1];
  // The first and last pieces are anchored, and may not overlap.
  const end = value.length - last.units.length;
  if (end < first.units.length || !startsAt(first, value, 0) || !startsAt(last, value, end)) return false;
  let from = first.units.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = find(pieces[i], value, from, end);
    if (at === -1) return false;
    from = at + pieces[i].units.length;
  }
  return true;
}

/** A test of one value against the glob; objects (and absent values) never match. */
export function globMatcher(glob: string): (value: unknown) => boolean {
  const pieces = glob.split('*').map(pieceOf);
  return (value) => value !== undefined && value !== null && typeof value !== 'object' && matches(pieces, unitsOf(String(value)));
}
