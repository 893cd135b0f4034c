/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesExportPayloadCountPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';

const schema: SchemaDocument = {
  name: "devicesExportPayloadCountPost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"query":{"$ref":"advancedDeviceQuery.json"},"start":{"type":"number"},"end":{"type":"number"}},"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery },
};
export default schema;
