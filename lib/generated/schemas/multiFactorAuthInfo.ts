/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/multiFactorAuthInfo.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "multiFactorAuthInfo",
  root: JSON.parse('{"type":"object","properties":{"key":{"type":"string","maxLength":1024},"keyUri":{"type":"string","maxLength":1024}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
