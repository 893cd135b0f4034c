/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowLog.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowLog",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"flowVersionId":{"type":"string"},"time":{"type":"string","format":"date-time"},"pathsFailed":{"type":"number"},"pathsCompleted":{"type":"number"},"runCount":{"type":"number"},"wallTime":{"type":"number"},"errors":{"type":"array","items":{}}}}}'),
  refs: {},
};
export default schema;
