// Which actions read a list page by page, found from the description alone (no list of
// actions by hand): an action is paged when its query takes one of the paging shapes'
// parameters and every success answer's schema holds what that shape reads back.
// Used by build-resources (the run-time `paging` of an action), build-types (its
// `PagedMethod` type) and build-docs (the "read it whole" line of its section).
//
// The shapes of the API description (1.25.0 and 1.30.0):
//   page    `page` + `perPage` in the query, `items` (and `totalCount`) in the answer: most lists
//   offset  `offset` + `limit`, `items` (and `totalCount`): data table rows
//   cursor  `startingAfterId` + `limit`, `items` and `hasMore`: instance sandboxes
// (Actions with `limit` alone, `start`/`end` or `since` bound a time range or a count; their
// answers hold no `items` to page through, so they are not paged.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR } from './common.mjs';

export const PAGING_SHAPES = [
  { shape: 'page', position: 'page', size: 'perPage', answer: ['items'] },
  { shape: 'offset', position: 'offset', size: 'limit', answer: ['items'] },
  { shape: 'cursor', position: 'startingAfterId', size: 'limit', answer: ['items', 'hasMore'] },
];

const answerCache = new Map();

/** The top-level properties of a schema file, as { name: its schema }. */
function answerProperties(name) {
  if (!answerCache.has(name)) answerCache.set(name, JSON.parse(readFileSync(join(SCHEMA_DIR, `${name}.json`), 'utf8')).properties || {});
  return answerCache.get(name);
}

const ANSWER_TYPES = { items: 'array', hasMore: 'boolean' };

/**
 * `{ shape, size, item }` for a paged action (size: the documented default of its page-size
 * parameter, when it has one; item: the schema of its items, when they name one), else undefined.
 */
export function pagingOf(action) {
  if (action.transport !== 'json') return undefined;
  const query = new Map(action.params.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const answers = action.responses.filter((r) => r.status >= 200 && r.status < 300);
  if (!answers.length || answers.some((r) => !r.schema)) return undefined;
  for (const rule of PAGING_SHAPES) {
    if (!query.has(rule.position) || !query.has(rule.size)) continue;
    const holds = answers.every((r) => {
      const props = answerProperties(r.schema);
      return rule.answer.every((field) => props[field] && props[field].type === ANSWER_TYPES[field]);
    });
    if (!holds) continue;
    const paging = { shape: rule.shape };
    const size = Number(query.get(rule.size).default);
    if (Number.isInteger(size) && size > 0) paging.size = size;
    const ref = (answerProperties(answers[0].schema).items.items || {}).$ref;
    if (typeof ref === 'string' && /^\w+\.json$/.test(ref)) paging.item = ref.slice(0, -'.json'.length);
    return paging;
  }
  return undefined;
}
