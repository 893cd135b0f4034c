/**
 * Data table rows: insert one or many (checked against the table's columns:
 * known names, `required` ones present, `unique` ones unique, values of the
 * column's data type, defaults filled in), list and query them with the
 * documented advanced query format (query-match.ts), patch and delete one,
 * delete by query, truncate; and add or remove a column of the table.
 */
import { invalid } from '../server/api-error';
import { checkColumnName, SERVER_FIELDS, uniqueValues } from '../state/data-table-columns';
import type { Column } from '../state/data-table-columns';
import { iso } from '../state/clock';
import { answerWith } from '../state/collections';
import type { Behaviour, Context } from '../access/context';
import { newId } from '../state/ids';
import { count, listPage } from '../state/list';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { matchesQuery } from '../state/query-match';
import { itemsOf, putItem, setField } from '../state/store';
import type { Json } from '../state/store';
import { removeFrom } from '../state/remove';

/** The most rows one insert takes: the platform answers at most 1000 `rowIds` (dataTableRowInsertResult). */
export const MAX_ROWS_PER_INSERT = 1000;

const rowsPair = () => model().pairs.get('dataTableRows') as Pair;
const columnsOf = (ctx: Context) => (ctx.items.dataTableId.doc.columns || []) as Column[];
const rowsOf = (ctx: Context) => itemsOf(ctx.state.store, rowsPair(), ctx.params);

/**
 * Checks `values` against the columns (for an insert, `whole`: required columns must be
 * there) and fills defaults. `taken` holds the values of the `unique` columns that a new
 * value must not repeat; the row's own are added to it.
 */
function checkRow(ctx: Context, values: Json, field: string, whole: boolean, taken: Map<string, Set<unknown>>): Json {
  const columns = columnsOf(ctx);
  const out: Json = {};
  for (const name of Object.keys(values)) {
    // A seeded table may have such a column: still, the server's fields are not the row's to set.
    if (SERVER_FIELDS.indexOf(name) !== -1) throw invalid(`${field}.${name} is set by the server`);
    const column = columns.filter((c) => c.name === name)[0];
    if (!column) throw invalid(`${field}.${name} is not a column of this data table`);
    const value = values[name];
    if (value !== null && typeof value !== column.dataType) throw invalid(`${field}.${name} must be a ${column.dataType}`);
    setField(out, name, value);
  }
  for (const column of columns) {
    if (out[column.name] === undefined && whole && column.defaultValue !== undefined) out[column.name] = column.defaultValue;
    if (whole && column.constraint === 'required' && (out[column.name] === undefined || out[column.name] === null)) throw invalid(`${field}.${column.name} is required`);
    const value = out[column.name];
    const values = taken.get(column.name);
    if (values && value !== undefined && value !== null && values.has(value)) throw invalid(`${field}.${column.name} must be unique in this data table`);
  }
  taken.forEach((values, name) => { if (out[name] !== undefined && out[name] !== null) values.add(out[name]); });
  return out;
}

/**
 * Every row is checked (against the table and the rows before it) before any is stored: a refused
 * insert stores nothing. Linear in the rows given and the rows there, and at most 1000 rows.
 */
function insert(ctx: Context): unknown {
  const body = ctx.params.dataTableRow;
  const many = Array.isArray(body);
  const list = (many ? body : [body]) as Json[];
  if (list.length > MAX_ROWS_PER_INSERT) throw invalid(`dataTableRow may hold at most ${MAX_ROWS_PER_INSERT} rows; it holds ${list.length}`);
  const now = ctx.clock.tick();
  const scope = { applicationId: String(ctx.params.applicationId), dataTableId: String(ctx.params.dataTableId) };
  const taken = uniqueValues(columnsOf(ctx), rowsOf(ctx).map((r) => r.doc));
  const rows = list.map((values, i) => {
    const checked = checkRow(ctx, values, many ? `dataTableRow[${i}]` : 'dataTableRow', true, taken);
    return { id: newId(now), createdAt: iso(now), updatedAt: iso(now), ...checked };
  });
  for (const doc of rows) putItem(ctx.state.store, rowsPair(), { doc, scope });
  return many ? { createdAt: iso(now), count: rows.length, rowIds: rows.map((r) => r.id) } : rows[0];
}

function shaped(ctx: Context, doc: Json): Json {
  const fields = typeof ctx.params.includeFields === 'string' && ctx.params.includeFields ? ctx.params.includeFields.split(',').map((f) => f.trim()) : undefined;
  if (!fields) return doc;
  const out: Json = { id: doc.id };
  for (const f of fields) if (doc[f] !== undefined) setField(out, f, doc[f]);
  return out;
}

function list(ctx: Context): Json {
  const query = ctx.params.query;
  const docs = rowsOf(ctx).filter((r) => matchesQuery(r.doc, query)).map((r) => shaped(ctx, r.doc));
  const params = { limit: '1000', offset: '0', ...ctx.params };
  const page = listPage(docs, { params, accepts: ['sortColumn', 'sortDirection', 'limit', 'offset'] });
  return answerWith(ctx, { ...page, applicationId: ctx.params.applicationId, dataTableId: ctx.params.dataTableId, ...(query ? { query } : {}) });
}

function removeByQuery(ctx: Context): Json {
  const limit = count(ctx.params, 'limit', 1000);
  const doomed = rowsOf(ctx).filter((r) => matchesQuery(r.doc, ctx.params.query)).slice(0, limit);
  doomed.forEach((row) => removeFrom(ctx, rowsPair(), row));
  return { removed: doomed.length };
}

function table(ctx: Context, columns: Column[]): Json {
  const doc = ctx.items.dataTableId.doc;
  doc.columns = columns;
  doc.lastUpdated = iso(ctx.clock.tick());
  return answerWith(ctx, doc);
}

export const rowBehaviours: { [name: string]: Behaviour } = {
  'dataTableRows.get': list,
  'dataTableRows.query': list,
  'dataTableRows.post': insert,
  'dataTableRows.delete': removeByQuery,
  'dataTableRows.truncate': (ctx) => {
    rowsOf(ctx).forEach((row) => removeFrom(ctx, rowsPair(), row));
    return { success: true };
  },
  'dataTableRow.get': (ctx) => shaped(ctx, ctx.items.rowId.doc),
  'dataTableRow.patch': (ctx) => {
    const row = ctx.items.rowId;
    const others = uniqueValues(columnsOf(ctx), rowsOf(ctx).filter((r) => r !== row).map((r) => r.doc));
    const changes = checkRow(ctx, ctx.params.dataTableRow as Json, 'dataTableRow', false, others);
    Object.keys(changes).forEach((name) => setField(row.doc, name, changes[name]));
    row.doc.updatedAt = iso(ctx.clock.tick());
    return row.doc;
  },
  'dataTableRow.delete': (ctx) => {
    removeFrom(ctx, rowsPair(), ctx.items.rowId);
    return { success: true };
  },
  'dataTable.addColumn': (ctx) => {
    const column = ctx.params.dataTableColumn as Column;
    checkColumnName(column.name, 'dataTableColumn.name');
    if (columnsOf(ctx).some((c) => c.name === column.name)) throw invalid(`dataTableColumn.name ${column.name} is already a column`);
    return table(ctx, columnsOf(ctx).concat([column]));
  },
  'dataTable.removeColumn': (ctx) => {
    const name = String(ctx.params.columnName);
    if (!columnsOf(ctx).some((c) => c.name === name)) throw invalid(`columnName ${name} is not a column of this data table`);
    rowsOf(ctx).forEach((row) => { delete row.doc[name]; });
    return table(ctx, columnsOf(ctx).filter((c) => c.name !== name));
  },
};
