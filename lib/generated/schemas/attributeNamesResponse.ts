/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/attributeNamesResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "attributeNamesResponse",
  root: JSON.parse('{"type":"object","properties":{"attributeNames":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"maxItems":1000}}}'),
  refs: {},
};
export default schema;
