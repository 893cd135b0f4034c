/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/resourceJobExecutionOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "resourceJobExecutionOptions",
  root: JSON.parse('{"type":"object","properties":{"templateContext":{"type":"string","maxLength":32767},"queryJson":{"type":"string","maxLength":8192},"dataTableId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"string","minLength":4,"maxLength":255,"pattern":".*\\\\{\\\\{.+\\\\}\\\\}.*"}]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
