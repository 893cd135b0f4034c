/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicePayloadCounts.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "devicePayloadCounts",
  root: JSON.parse('{"type":"object","properties":{"deviceCommand":{"type":"number"},"deviceConnect":{"type":"number"},"deviceDisconnect":{"type":"number"},"deviceState":{"type":"number"},"mqttIn":{"type":"number"},"mqttOut":{"type":"number"}}}'),
  refs: {},
};
export default schema;
