/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/virtualButtonPress.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "virtualButtonPress",
  root: JSON.parse('{"type":"object","properties":{"key":{"type":"string"},"payload":{},"meta":{},"flowVersion":{"type":"string","minLength":1,"maxLength":255},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deploymentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}},"required":["key"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
