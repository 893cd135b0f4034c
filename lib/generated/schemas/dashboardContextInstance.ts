/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dashboardContextInstance.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dashboardContextInstance",
  root: JSON.parse('{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"oneOf":[{"type":"string","maxLength":32767},{"type":"number"},{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"value":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false}]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
