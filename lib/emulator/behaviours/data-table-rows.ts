/**
 * Data table rows: insert one or many (checked against the table's columns:
 * known names, `required` ones present, `unique` ones unique, values of the
 * column's data type, defaults filled in), list and query them with the
 * documented advanced query format (query-match.ts), patch and delete one,
 * delete by query, truncate; and add or remove a column of the table.
 */
import { invalid } from '../api-error';
import { iso } from '../clock';
import { answerWith } from '../collections';
import type { Behaviour, Context } from '../context';
import { newId } from '../ids';
import { count, listPage } from '../list';
import { model } from '../model';
import type { Pair } from '../model';
import { matchesQuery } from '../query-match';
import { itemsOf, putItem, setField } from '../store';
import type { Json } from '../store';
import { removeFrom } from '../remove';

interface Column { name: string; dataType: 'string' | 'number' | 'boolean'; constraint: 'unique' | 'required' | 'optional'; defaultValue?: unknown }

const rowsPair = () => model().pairs.get('dataTableRows') as Pair;
const columnsOf = (ctx: Context) => (ctx.items.dataTableId.doc.columns || []) as Column[];
const rowsOf = (ctx: Context) => itemsOf(ctx.state.store, rowsPair(), ctx.params);

/**
 * Checks `values` against the columns (for an insert, `whole`: required columns must be
 * there) and fills defaults. `others` are the rows a `unique` value must not repeat.
 */
function checkRow(ctx: Context, values: Json, field: string, whole: boolean, others: Json[]): Json {
  const columns = columnsOf(ctx);
  const out: Json = {};
  for (const name of Object.keys(values)) {
    const column = columns.filter((c) => c.name === name)[0];
    if (!column) throw invalid(`${field}.${name} is not a column of this data table`);
    const value = values[name];
    if (value !== null && typeof value !== column.dataType) throw invalid(`${field}.${name} must be a ${column.dataType}`);
    setField(out, name, value);
  }
  for (const column of columns) {
    if (out[column.name] === undefined && whole && column.defaultValue !== undefined) out[column.name] = column.defaultValue;
    if (whole && column.constraint === 'required' && (out[column.name] === undefined || out[column.name] === null)) throw invalid(`${field}.${column.name} is required`);
    if (column.constraint === 'unique' && out[column.name] !== undefined && out[column.name] !== null) {
      if (others.some((r) => r[column.name] === out[column.name])) throw invalid(`${field}.${column.name} must be unique in this data table`);
    }
  }
  return out;
}

/** Every row is checked (against the table and the rows before it) before any is stored: a refused insert stores nothing. */
function insert(ctx: Context): unknown {
  const body = ctx.params.dataTableRow;
  const many = Array.isArray(body);
  const list = (many ? body : [body]) as Json[];
  const now = ctx.clock.tick();
  const scope = { applicationId: String(ctx.params.applicationId), dataTableId: String(ctx.params.dataTableId) };
  const existing = rowsOf(ctx).map((r) => r.doc);
  const rows: Json[] = [];
  list.forEach((values, i) => {
    const checked = checkRow(ctx, values, many ? `dataTableRow[${i}]` : 'dataTableRow', true, existing.concat(rows));
    rows.push({ id: newId(now), createdAt: iso(now), updatedAt: iso(now), ...checked });
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
    const changes = checkRow(ctx, ctx.params.dataTableRow as Json, 'dataTableRow', false, rowsOf(ctx).filter((r) => r !== row).map((r) => r.doc));
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
