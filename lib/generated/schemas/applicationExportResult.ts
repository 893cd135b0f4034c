/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationExportResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationExportResult",
  root: JSON.parse('{"type":"object","properties":{"url":{"type":"string"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
