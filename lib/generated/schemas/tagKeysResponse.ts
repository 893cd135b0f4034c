/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/tagKeysResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "tagKeysResponse",
  root: JSON.parse('{"type":"object","properties":{"tagKeys":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"maxItems":1000}}}'),
  refs: {},
};
export default schema;
