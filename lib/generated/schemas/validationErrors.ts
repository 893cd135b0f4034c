/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/validationErrors.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "validationErrors",
  root: JSON.parse('{"type":"object","properties":{"type":{"type":"string"},"message":{"type":"string"},"validationErrors":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"message":{"type":"string"}}}}}}'),
  refs: {},
};
export default schema;
