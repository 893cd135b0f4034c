/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesExportPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';

const schema: SchemaDocument = {
  name: "devicesExportPost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"query":{"$ref":"advancedDeviceQuery.json"},"format":{"type":"string","enum":["csv","json"]}},"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery },
};
export default schema;
