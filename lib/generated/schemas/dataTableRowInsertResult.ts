/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowInsertResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRowInsertResult",
  root: JSON.parse('{"oneOf":[{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}},"patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}}},{"type":"object","properties":{"createdAt":{"type":"string","format":"date-time"},"count":{"type":"number"},"rowIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000}},"additionalProperties":false}]}'),
  refs: {},
};
export default schema;
