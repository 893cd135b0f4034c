/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTables.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dataTable from './dataTable';

const schema: SchemaDocument = {
  name: "dataTables",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"dataTable.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "dataTable.json": dataTable },
};
export default schema;
