/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceConnectionStatus.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceConnectionStatus",
  root: JSON.parse('{"oneOf":[{"type":"object","properties":{"status":{"type":"string","enum":["connected"]},"connectedAt":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"ipAddress":{"type":"string","minLength":2,"maxLength":39}},"required":["status"],"additionalProperties":false},{"type":"object","properties":{"status":{"type":"string","enum":["disconnected"]},"connectedAt":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"disconnectedAt":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"disconnectReason":{"type":"string","maxLength":1024},"messagesFromClient":{"type":"integer","minimum":0,"maximum":2147483647},"messagesToClient":{"type":"integer","minimum":0,"maximum":2147483647},"ipAddress":{"type":"string","minLength":2,"maxLength":39}},"required":["status"],"additionalProperties":false}]}'),
  refs: {},
};
export default schema;
