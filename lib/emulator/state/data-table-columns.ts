/**
 * A data table's columns: the names the server keeps for itself, and the
 * values each `unique` column already holds. A row's `id`, `createdAt` and
 * `updatedAt` are the server's (a column of that name overwrote them: an
 * insert replaced an existing row, one bad `createdAt` made every rows answer
 * invalid), so no column may take those names, and no row may set them.
 */
import { invalid } from '../server/api-error';
import type { Json } from './store';

export interface Column { name: string; dataType: 'string' | 'number' | 'boolean'; constraint: 'unique' | 'required' | 'optional'; defaultValue?: unknown }

export const SERVER_FIELDS = ['id', 'createdAt', 'updatedAt'];

/** Refuses a column named like a field the server sets (`field` names the value, e.g. `dataTable.columns[1].name`). */
export function checkColumnName(name: unknown, field: string): void {
  if (SERVER_FIELDS.indexOf(String(name)) !== -1) throw invalid(`${field} ${String(name)} is set by the server on every row: no column can have this name`);
}

/** The values each `unique` column holds in `rows`: a new value is checked in constant time, not against every row. */
export function uniqueValues(columns: Column[], rows: Json[]): Map<string, Set<unknown>> {
  const taken = new Map<string, Set<unknown>>();
  for (const column of columns) {
    if (column.constraint !== 'unique') continue;
    const values = new Set<unknown>();
    for (const row of rows) if (row[column.name] !== undefined && row[column.name] !== null) values.add(row[column.name]);
    taken.set(column.name, values);
  }
  return taken;
}
