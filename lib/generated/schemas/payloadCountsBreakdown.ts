/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/payloadCountsBreakdown.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "payloadCountsBreakdown",
  root: JSON.parse('{"type":"object","properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"counts":{"type":"array","items":{"type":"object","properties":{"date":{"type":"string","format":"date-time"},"value":{"type":"integer"}}}}}}'),
  refs: {},
};
export default schema;
