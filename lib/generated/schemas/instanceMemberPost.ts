/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceMemberPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceMemberPost",
  root: JSON.parse('{"type":"object","properties":{"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"email":{"type":"string","format":"email","maxLength":1024},"role":{"type":"string","enum":["admin","view"]}},"additionalProperties":false,"anyOf":[{"required":["email","role"]},{"required":["userId","role"]}]}'),
  refs: {},
};
export default schema;
