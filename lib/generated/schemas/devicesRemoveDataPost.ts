/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesRemoveDataPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';

const schema: SchemaDocument = {
  name: "devicesRemoveDataPost",
  root: JSON.parse('{"type":"object","properties":{"query":{"$ref":"advancedDeviceQuery.json"},"start":{"type":"number"},"end":{"type":"number"},"attributes":{"oneOf":[{"type":"null"},{"type":"array","maxItems":256,"items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"}}]},"keepConnectionHistory":{"type":"boolean"},"keepCommandHistory":{"type":"boolean"},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024}},"additionalProperties":false,"required":["query"]}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery },
};
export default schema;
