/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowInsertUpdate.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRowInsertUpdate",
  root: JSON.parse('{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
