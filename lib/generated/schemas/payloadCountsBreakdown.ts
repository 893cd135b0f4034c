/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/payloadCountsBreakdown.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "payloadCountsBreakdown",
  root: JSON.parse('{"type":"object","properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"resolution":{"type":"number","enum":[86400000,3600000]},"asBytes":{"type":"boolean","enum":[true,false]},"includeNonBillable":{"type":"boolean","enum":[true,false]},"counts":{"type":"array","items":{"type":"object","properties":{"date":{"type":"string","format":"date-time"},"payloads":{"type":"integer"},"bytes":{"type":"number"}}}}}}'),
  refs: {},
};
export default schema;
