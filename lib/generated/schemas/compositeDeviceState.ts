/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/compositeDeviceState.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "compositeDeviceState",
  root: JSON.parse('{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"object","properties":{"value":{"type":["number","string","boolean"]},"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]}}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
