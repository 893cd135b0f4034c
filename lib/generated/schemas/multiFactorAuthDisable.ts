/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/multiFactorAuthDisable.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "multiFactorAuthDisable",
  root: JSON.parse('{"type":"object","properties":{"twoFactorCode":{"type":"string","maxLength":2048},"password":{"type":"string","minLength":8,"maxLength":2048}},"required":["password","twoFactorCode"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
