/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/tagValuesResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "tagValuesResponse",
  root: JSON.parse('{"type":"object","properties":{"tagKey":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"tagValues":{"type":"array","items":{"type":"string","minLength":1,"maxLength":255},"maxItems":1000}}}'),
  refs: {},
};
export default schema;
