/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceDataExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceDataExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"attributes":{"type":"array","maxItems":256,"items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"}},"start":{"type":"number"},"end":{"type":"number"},"options":{"type":"object","properties":{"includeDate":{"type":"boolean"},"includeID":{"type":"boolean"},"includeBlobData":{"type":"boolean"}}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
