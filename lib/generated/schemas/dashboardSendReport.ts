/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dashboardSendReport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dashboardContextInstance from './dashboardContextInstance';

const schema: SchemaDocument = {
  name: "dashboardSendReport",
  root: JSON.parse('{"type":"object","properties":{"toEmail":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"string","format":"email","maxLength":1024}},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"subject":{"type":"string","maxLength":255},"message":{"type":"string","maxLength":32767},"theme":{"type":"string","enum":["dark","light"]},"time":{"type":"number"},"timezone":{"type":"string","maxLength":255},"locale":{"type":"string","maxLength":5},"ctx":{"$ref":"dashboardContextInstance.json"},"branded":{"type":"boolean"}},"anyOf":[{"required":["toEmail"]},{"required":["callbackUrl"]}],"additionalProperties":false}'),
  refs: { "dashboardContextInstance.json": dashboardContextInstance },
};
export default schema;
