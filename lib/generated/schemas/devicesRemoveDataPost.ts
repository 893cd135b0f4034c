/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesRemoveDataPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';

const schema: SchemaDocument = {
  name: "devicesRemoveDataPost",
  root: JSON.parse('{"type":"object","properties":{"query":{"$ref":"advancedDeviceQuery.json"},"start":{"type":"number"},"end":{"type":"number"},"attributes":{"oneOf":[{"type":"null"},{"type":"array","maxItems":100,"items":{"type":"string","maxLength":255}}]},"keepConnectionHistory":{"type":"boolean"},"keepCommandHistory":{"type":"boolean"}},"additionalProperties":false,"required":["query"]}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery },
};
export default schema;
