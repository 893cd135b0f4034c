/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/mqttPublishBody.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "mqttPublishBody",
  root: JSON.parse('{"type":"object","properties":{"topic":{"type":"string","minLength":1,"maxLength":230},"message":{"type":"string","maxLength":32767}},"required":["topic","message"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
