/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTable.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTable",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"dataTableId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"columns":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"dataType":{"type":"string","enum":["string","number","boolean"]},"constraint":{"type":"string","enum":["unique","required","optional"]},"defaultValue":{"type":["string","number","boolean"]}},"required":["name","dataType","constraint"],"additionalProperties":false},"maxItems":50}}}'),
  refs: {},
};
export default schema;
