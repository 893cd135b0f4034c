/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesDataRemoved.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "devicesDataRemoved",
  root: JSON.parse('{"type":"object","properties":{"completed":{"type":"number"},"notApplicable":{"type":"number"}}}'),
  refs: {},
};
export default schema;
