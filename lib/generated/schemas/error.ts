/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/error.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "error",
  root: JSON.parse('{"type":"object","properties":{"type":{"type":"string"},"message":{"type":"string"}}}'),
  refs: {},
};
export default schema;
