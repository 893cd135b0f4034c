/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceCommands.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceCommands",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"name":{"type":"string","minLength":1,"maxLength":255},"payload":{}},"required":["name"],"additionalProperties":false}}'),
  refs: {},
};
export default schema;
