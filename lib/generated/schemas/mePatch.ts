/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/mePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "mePatch",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"firstName":{"type":"string","minLength":1,"maxLength":1024},"lastName":{"type":"string","maxLength":1024},"companyName":{"type":"string","maxLength":1024},"title":{"type":"string","maxLength":1024},"phoneNumber":{"type":"string","maxLength":1024},"location":{"type":"string","maxLength":1024},"url":{"type":"string","maxLength":1024},"password":{"type":"string","minLength":12,"maxLength":2048,"pattern":"^(?=.*[A-Z])(?=.*[^A-Za-z0-9])(?=.*[0-9])(?=.*[a-z]).{12,}$"},"tokenCutoff":{"type":"string","format":"date-time"},"currentCredentials":{"type":"object","properties":{"twoFactorCode":{"type":"string","maxLength":2048},"password":{"type":"string","minLength":8,"maxLength":2048}},"required":["password"],"additionalProperties":false}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
