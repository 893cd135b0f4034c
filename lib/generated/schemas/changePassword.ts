/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/changePassword.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "changePassword",
  root: JSON.parse('{"type":"object","properties":{"twoFactorCode":{"type":"string","maxLength":2048},"password":{"type":"string","minLength":8,"maxLength":2048},"newPassword":{"type":"string","minLength":12,"maxLength":2048,"pattern":"^(?=.*[A-Z])(?=.*[^A-Za-z0-9])(?=.*[0-9])(?=.*[a-z]).{12,}$"},"invalidateExistingTokens":{"type":"boolean"},"tokenTTL":{"type":"integer","minimum":0}},"required":["password","newPassword"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
