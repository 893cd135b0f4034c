/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceReportOptionsPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceReportOptionsPost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"resourceGroupBy":{"type":"string","enum":["application","organization"]},"dateGroupBy":{"type":"string","enum":["day","month"]},"includeSandbox":{"type":"boolean"},"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
