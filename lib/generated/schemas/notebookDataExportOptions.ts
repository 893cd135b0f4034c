/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notebookDataExportOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "notebookDataExportOptions",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"relativeTo":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"templateContext":{"type":"string","maxLength":32767},"callbackUrl":{"type":"string","format":"uri","maxLength":1024}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
