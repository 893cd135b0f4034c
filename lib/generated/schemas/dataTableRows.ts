/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRows.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRows",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}},"patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}}}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"limit":{"type":"integer"},"offset":{"type":"integer"},"sortColumn":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"dataTableId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"query":{"type":"object"}}}'),
  refs: {},
};
export default schema;
