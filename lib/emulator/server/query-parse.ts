/**
 * Reads back the nested query values the client writes the way `qs` does
 * (`tagFilter[0][key]=floor&tagFilter[0][value]=2`, `keywords[0]=a`), for the
 * parameters whose value is an object or an array. Containers have no
 * prototype, so a key such as `__proto__` is an ordinary key; depth and size
 * are bounded, so a hostile query cannot make the parse expensive.
 */
import { invalid } from './api-error';

type Tree = { [key: string]: unknown };

const MAX_DEPTH = 8;
const MAX_ENTRIES = 1000;

/** `[a][0][b]` → ['a', '0', 'b'], or undefined when the rest of the key is not a run of brackets. */
function bracketPath(rest: string): string[] | undefined {
  const parts: string[] = [];
  const re = /\[([^[\]]*)\]/y;
  let at = 0;
  while (at < rest.length) {
    re.lastIndex = at;
    const m = re.exec(rest);
    if (!m) return undefined;
    parts.push(m[1]);
    at = re.lastIndex;
  }
  return parts;
}

/** Objects whose keys are exactly 0..n-1 become arrays, all the way down. */
function arrays(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const tree = value as Tree;
  const keys = Object.keys(tree);
  keys.forEach((k) => { tree[k] = arrays(tree[k]); });
  const indexes = keys.length > 0 && keys.every((k, i) => k === String(i));
  return indexes ? keys.map((k) => tree[k]) : tree;
}

/**
 * The value of one parameter: a string when given once plainly, an array of
 * strings when repeated (only if `repeatable`), or the tree its bracketed keys
 * build. Undefined when absent.
 */
export function queryValue(query: URLSearchParams, name: string, repeatable: boolean): unknown {
  const plain: string[] = [];
  let tree: Tree | undefined;
  let entries = 0;
  query.forEach((value, key) => {
    if (key === name) {
      plain.push(value);
      return;
    }
    if (key.indexOf(`${name}[`) !== 0) return;
    const path = bracketPath(key.slice(name.length));
    if (!path) return;
    if (++entries > MAX_ENTRIES) throw invalid(`${name} has too many parts`);
    if (path.length > MAX_DEPTH) throw invalid(`${name} is nested too deeply`);
    let node = tree || (tree = Object.create(null) as Tree);
    path.forEach((part, i) => {
      const slot = part === '' ? String(Object.keys(node).length) : part;
      if (i === path.length - 1) {
        if (node[slot] !== undefined) throw invalid(`${name} gives ${key} twice`);
        node[slot] = value;
        return;
      }
      const next = node[slot];
      if (typeof next === 'string') throw invalid(`${name} gives ${key} both as a value and as a container`);
      node = (next as Tree) || (node[slot] = Object.create(null) as Tree);
    });
  });
  if (tree && plain.length) throw invalid(`${name} must be given once`);
  if (tree) return arrays(tree);
  if (plain.length > 1 && !repeatable) throw invalid(`${name} must be given once`);
  if (plain.length > 1) return plain;
  return plain.length ? plain[0] : undefined;
}
