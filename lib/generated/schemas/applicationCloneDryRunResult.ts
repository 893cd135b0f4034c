/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationCloneDryRunResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationCloneDryRunResult",
  root: JSON.parse('{"type":"object","properties":{"success":{"type":"boolean","enum":[true]},"requiresJob":{"type":"boolean"}}}'),
  refs: {},
};
export default schema;
