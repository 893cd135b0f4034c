/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notebookExecutionOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "notebookExecutionOptions",
  root: JSON.parse('{"type":"object","properties":{"relativeTo":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"templateContext":{"type":"string","maxLength":32767},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
