/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowInsertResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dataTableRow from './dataTableRow';

const schema: SchemaDocument = {
  name: "dataTableRowInsertResult",
  root: JSON.parse('{"oneOf":[{"$ref":"dataTableRow.json"},{"type":"object","properties":{"createdAt":{"type":"string","format":"date-time"},"count":{"type":"number"},"rowIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000}},"additionalProperties":false}]}'),
  refs: { "dataTableRow.json": dataTableRow },
};
export default schema;
