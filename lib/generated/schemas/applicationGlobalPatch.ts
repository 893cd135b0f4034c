/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationGlobalPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationGlobalPatch",
  root: JSON.parse('{"type":"array","maxItems":100,"items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"json":{"type":["string","null"],"minLength":1,"maxLength":32767},"cloudOnly":{"type":"boolean"},"description":{"type":"string","maxLength":1024}},"additionalProperties":false,"required":["key"]}}'),
  refs: {},
};
export default schema;
