/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowStorageEntry.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowStorageEntry",
  root: JSON.parse('{"type":"object","properties":{"key":{"type":"string","minLength":1,"maxLength":255},"value":{}},"additionalProperties":false,"required":["key"]}'),
  refs: {},
};
export default schema;
