/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceRecipeBulkCreate.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceRecipeBulkCreate",
  root: JSON.parse('{"type":"object","properties":{"created":{"type":"number"},"failed":{"type":"number"},"csvResult":{"type":"string"}}}'),
  refs: {},
};
export default schema;
