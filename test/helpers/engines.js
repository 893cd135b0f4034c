'use strict';
// Whether a Node version is in an npm `engines` range, for the simple ranges
// nock declares: comparisons (>=, >, <=, <, =) joined by spaces (all must
// hold) and `||` (any group may), with an optional leading `node`.

function parse(version) {
  return version.replace(/^v/, '').split('.').map((n) => Number(n) || 0).concat([0, 0, 0]).slice(0, 3);
}

function compare(a, b) {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

function satisfies(version, range) {
  const v = parse(version);
  return range.replace(/^\s*node\s*/i, '').split('||').some((group) => {
    const comparators = group.trim().replace(/([<>=]+)\s+/g, '$1').split(/\s+/).filter(Boolean);
    return comparators.every((comparator) => {
      const m = /^(>=|<=|>|<|=)?(.+)$/.exec(comparator);
      const order = compare(v, parse(m[2]));
      if (m[1] === '>=') return order >= 0;
      if (m[1] === '<=') return order <= 0;
      if (m[1] === '>') return order > 0;
      if (m[1] === '<') return order < 0;
      return order === 0;
    });
  });
}

module.exports = { satisfies };
