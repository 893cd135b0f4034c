/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowStats.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowStats",
  root: JSON.parse('{"type":"object","properties":{"flowVersion":{"type":"string","minLength":1,"maxLength":255},"flowVersionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"resolution":{"type":"number"},"metrics":{"type":"array","items":{"type":"object","properties":{"time":{"type":"string","format":"date-time"},"pathsFailed":{"type":"number"},"pathsCompleted":{"type":"number"},"runCount":{"type":"number"},"wallTime":{"type":"number"}}}}}}'),
  refs: {},
};
export default schema;
