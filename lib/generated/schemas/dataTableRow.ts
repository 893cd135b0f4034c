/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRow.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRow",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdAt":{"type":"string","format":"date-time"},"updatedAt":{"type":"string","format":"date-time"}},"patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}}}'),
  refs: {},
};
export default schema;
