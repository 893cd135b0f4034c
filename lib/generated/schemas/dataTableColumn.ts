/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableColumn.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableColumn",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"dataType":{"type":"string","enum":["string","number","boolean"]},"constraint":{"type":"string","enum":["unique","required","optional"]},"defaultValue":{"type":["string","number","boolean"]}},"required":["name","dataType","constraint"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
