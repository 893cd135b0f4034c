'use strict';
// The action table, and which of its actions the rule of scripts/lib/paging.mjs finds paged.
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
const TABLE_DIR = path.join(ROOT, 'lib', 'actions', 'table');
const tables = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));

/** `pagingOf` of the generators (an ES module). */
const loadPagingOf = () => import(path.join(ROOT, 'scripts', 'lib', 'paging.mjs')).then((m) => m.pagingOf);

/** `resource.action` → its paging shape, for every paged action of the table. */
async function pagedByRule() {
  const pagingOf = await loadPagingOf();
  const found = {};
  for (const t of tables) {
    for (const name of Object.keys(t.actions)) {
      const paging = pagingOf(t.actions[name]);
      if (paging) found[`${t.name}.${name}`] = paging.shape;
    }
  }
  return found;
}

module.exports = { ROOT, tables, loadPagingOf, pagedByRule };
