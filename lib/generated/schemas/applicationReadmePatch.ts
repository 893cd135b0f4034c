/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationReadmePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationReadmePatch",
  root: JSON.parse('{"type":"object","properties":{"content":{"type":"string","maxLength":131072}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
