/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceMemberPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceMemberPatch",
  root: JSON.parse('{"type":"object","properties":{"role":{"type":"string","enum":["admin","view"]}},"additionalProperties":false,"required":["role"]}'),
  refs: {},
};
export default schema;
