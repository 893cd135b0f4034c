/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/compositeDevicesState.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "compositeDevicesState",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255},"compositeState":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"object","properties":{"value":{"type":["number","string","boolean"]},"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]}}}},"additionalProperties":false}}}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"query":{"type":"object"}}}'),
  refs: {},
};
export default schema;
