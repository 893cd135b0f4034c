/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceBootstrapResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceBootstrapResult",
  root: JSON.parse('{"type":"object","properties":{"resourceSuffix":{"type":"string"},"password":{"type":"string"},"email":{"type":"string"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
