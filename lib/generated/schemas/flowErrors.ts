/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowErrors.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowErrors",
  root: JSON.parse('{"type":"object","properties":{"flowVersion":{"type":"string","minLength":1,"maxLength":255},"flowVersionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"limit":{"type":"number"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"errors":{"type":"array","items":{"type":"object","properties":{"time":{"type":"string","format":"date-time"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceName":{"type":"string","minLength":1,"maxLength":255},"flowVersion":{"type":"string","minLength":1,"maxLength":255},"flowVersionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"nodeId":{"type":"string"},"nodeLabel":{"type":"string"},"error":{"type":"object","properties":{"name":{"type":"string"},"message":{"type":"string"}}}}}}}}'),
  refs: {},
};
export default schema;
