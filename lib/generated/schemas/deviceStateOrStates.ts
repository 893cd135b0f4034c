/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceStateOrStates.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceStateOrStates",
  root: JSON.parse('{"oneOf":[{"type":"object","properties":{"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"meta":{},"data":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["number","string","boolean"]}},"additionalProperties":false},"flowVersion":{"type":"string","minLength":1,"maxLength":255}},"required":["data"],"additionalProperties":false},{"type":"array","items":{"type":"object","properties":{"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"meta":{},"data":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["number","string","boolean"]}},"additionalProperties":false},"flowVersion":{"type":"string","minLength":1,"maxLength":255}},"required":["data"],"additionalProperties":false}}]}'),
  refs: {},
};
export default schema;
