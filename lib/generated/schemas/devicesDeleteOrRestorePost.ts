/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesDeleteOrRestorePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';

const schema: SchemaDocument = {
  name: "devicesDeleteOrRestorePost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"query":{"$ref":"advancedDeviceQuery.json"},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"forceJob":{"type":"boolean"}},"additionalProperties":false,"required":["query"]}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery },
};
export default schema;
