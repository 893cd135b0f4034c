/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/multiFactorAuthEnable.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "multiFactorAuthEnable",
  root: JSON.parse('{"type":"object","properties":{"twoFactorAuthKey":{"type":"string","minLength":52,"maxLength":52},"password":{"type":"string","minLength":8,"maxLength":2048},"twoFactorCode":{"type":"string","maxLength":2048}},"required":["password","twoFactorCode"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
