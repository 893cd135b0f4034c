/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgPost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"planId":{"type":"string","maxLength":1024},"billingEmail":{"type":"string","format":"email","maxLength":1024},"cardToken":{"type":"string","maxLength":1024},"iconColor":{"type":"string","maxLength":64},"mfaMode":{"type":"string","enum":["notRequired","adminRequired","required"]}},"additionalProperties":false,"required":["name"]}'),
  refs: {},
};
export default schema;
