/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/apiTokenPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "apiTokenPatch",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"status":{"type":"string","enum":["active","inactive"]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
