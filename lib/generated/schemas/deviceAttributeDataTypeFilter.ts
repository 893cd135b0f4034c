/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceAttributeDataTypeFilter.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceAttributeDataTypeFilter",
  root: JSON.parse('{"oneOf":[{"type":"string","enum":["string","number","gps","boolean","blob"]},{"type":"array","minItems":1,"items":{"type":"string","enum":["string","number","gps","boolean","blob"]}}]}'),
  refs: {},
};
export default schema;
