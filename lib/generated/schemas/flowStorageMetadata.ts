/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowStorageMetadata.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowStorageMetadata",
  root: JSON.parse('{"type":"object","properties":{"memoryUsed":{"type":"number"},"keysCount":{"type":"number"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
