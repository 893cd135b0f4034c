/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTablePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTablePost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"columns":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"dataType":{"type":"string","enum":["string","number","boolean"]},"constraint":{"type":"string","enum":["unique","required","optional"]},"defaultValue":{"type":["string","number","boolean"]}},"required":["name","dataType","constraint"],"additionalProperties":false},"maxItems":50}},"required":["name"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
