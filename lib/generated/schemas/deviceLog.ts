/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceLog.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceLog",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"connected":{"enum":[1,0]},"time":{"type":"string","format":"date-time"},"disconnectReason":{"type":"string"},"messagesFromClient":{"type":"number"},"messagesToClient":{"type":"number"},"ipAddress":{"type":"string"}}}}'),
  refs: {},
};
export default schema;
