/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceTagFilter.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceTagFilter",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"value":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"maxItems":100}'),
  refs: {},
};
export default schema;
