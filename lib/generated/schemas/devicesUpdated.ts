/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesUpdated.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "devicesUpdated",
  root: JSON.parse('{"type":"object","properties":{"updated":{"type":"number"},"failed":{"type":"number"},"skipped":{"type":"number"},"logLink":{"type":"string"}}}'),
  refs: {},
};
export default schema;
