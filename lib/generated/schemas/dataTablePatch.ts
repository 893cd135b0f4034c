/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTablePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTablePatch",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
