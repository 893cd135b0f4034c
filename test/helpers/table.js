'use strict';
// The imported action table as tests read it (lib/actions/table/*.json, the description's
// facts, not the client's generated form), and a value of the right kind for any parameter.
const fs = require('fs');
const path = require('path');
const { schemas, synthesize } = require('../../dist/internal.js');

const TABLE_DIR = path.join(__dirname, '..', '..', 'lib', 'actions', 'table');

/** Every resource's table, sorted by name. */
const tables = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));

/** A value for a parameter: the documented example where there is one, else one of the right kind. */
function valueFor(p, index) {
  if (p.in === 'path') return p.example || `575ec8687ae143cd83dc4a${(10 + index).toString(16)}`;
  if (p.in === 'header') return p.example || 'example.com';
  if (p.type === 'schema') return synthesize(schemas[p.schema], { full: true });
  if (p.type === 'array') return ['gps', 'aws'];
  if (p.enum) return p.enum[p.enum.length - 1];
  return p.example !== undefined ? p.example : `value-${index}`;
}

module.exports = { tables, valueFor };
