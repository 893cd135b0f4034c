/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowTriggerFilter.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowTriggerFilter",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","maxLength":1024},"type":{"type":"string","maxLength":1024}},"additionalProperties":false},"maxItems":100}'),
  refs: {},
};
export default schema;
