/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dashboardSendReport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dashboardSendReport",
  root: JSON.parse('{"type":"object","properties":{"toEmail":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"string","format":"email","maxLength":1024}},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"subject":{"type":"string","maxLength":255},"message":{"type":"string","maxLength":32767},"theme":{"type":"string","enum":["dark","light"]},"time":{"type":"number"},"timezone":{"type":"string","maxLength":255},"locale":{"type":"string","maxLength":5},"ctx":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"oneOf":[{"type":"string","maxLength":32767},{"type":"number"},{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"value":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false}]}},"additionalProperties":false},"branded":{"type":"boolean"}},"anyOf":[{"required":["toEmail"]},{"required":["callbackUrl"]}],"additionalProperties":false}'),
  refs: {},
};
export default schema;
