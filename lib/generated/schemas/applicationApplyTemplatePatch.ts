/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationApplyTemplatePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationApplyTemplatePatch",
  root: JSON.parse('{"type":"object","properties":{"templateId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024}},"required":["templateId"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
