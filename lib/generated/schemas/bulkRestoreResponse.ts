/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/bulkRestoreResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "bulkRestoreResponse",
  root: JSON.parse('{"type":"object","properties":{"restored":{"type":"number"},"failed":{"type":"number"}}}'),
  refs: {},
};
export default schema;
