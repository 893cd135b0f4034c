/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRows.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dataTableRow from './dataTableRow';

const schema: SchemaDocument = {
  name: "dataTableRows",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"dataTableRow.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"limit":{"type":"integer"},"offset":{"type":"integer"},"sortColumn":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"dataTableId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"query":{"type":"object"}}}'),
  refs: { "dataTableRow.json": dataTableRow },
};
export default schema;
