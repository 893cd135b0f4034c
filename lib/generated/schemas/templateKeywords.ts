/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/templateKeywords.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "templateKeywords",
  root: JSON.parse('{"properties":{"keywords":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"maxItems":100}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
