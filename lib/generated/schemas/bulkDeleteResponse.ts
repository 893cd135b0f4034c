/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/bulkDeleteResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "bulkDeleteResponse",
  root: JSON.parse('{"type":"object","properties":{"removed":{"type":"number"},"failed":{"type":"number"}}}'),
  refs: {},
};
export default schema;
