/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowInsert.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRowInsert",
  root: JSON.parse('{"oneOf":[{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}},"additionalProperties":false},{"type":"array","items":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["string","number","boolean","null"]}},"additionalProperties":false}}]}'),
  refs: {},
};
export default schema;
