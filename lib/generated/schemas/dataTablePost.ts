/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTablePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dataTableColumn from './dataTableColumn';

const schema: SchemaDocument = {
  name: "dataTablePost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"columns":{"type":"array","items":{"$ref":"dataTableColumn.json"},"maxItems":50}},"required":["name"],"additionalProperties":false}'),
  refs: { "dataTableColumn.json": dataTableColumn },
};
export default schema;
