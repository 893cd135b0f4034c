/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/successWithExecutionId.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "successWithExecutionId",
  root: JSON.parse('{"type":"object","properties":{"success":{"type":"boolean","enum":[true]},"executionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: {},
};
export default schema;
