/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notebooks.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import notebook from './notebook';

const schema: SchemaDocument = {
  name: "notebooks",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"notebook.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "notebook.json": notebook },
};
export default schema;
