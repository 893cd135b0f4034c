/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notebookMinuteCounts.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "notebookMinuteCounts",
  root: JSON.parse('{"type":"object","properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"counts":{"type":"array","items":{"type":"object","properties":{"date":{"type":"string","format":"date-time"},"minutes":{"type":"integer"},"completed":{"type":"integer"},"canceled":{"type":"integer"},"errored":{"type":"integer"},"timeout":{"type":"integer"}}}}}}'),
  refs: {},
};
export default schema;
