/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/twoFactorAuthInfo.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "twoFactorAuthInfo",
  root: JSON.parse('{"type":"object","properties":{"key":{"type":"string","maxLength":1024},"keyUri":{"type":"string","maxLength":1024}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
