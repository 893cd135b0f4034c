/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTable.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dataTableColumn from './dataTableColumn';

const schema: SchemaDocument = {
  name: "dataTable",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"dataTableId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"columns":{"type":"array","items":{"$ref":"dataTableColumn.json"},"maxItems":50}}}'),
  refs: { "dataTableColumn.json": dataTableColumn },
};
export default schema;
