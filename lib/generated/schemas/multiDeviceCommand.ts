/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/multiDeviceCommand.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "multiDeviceCommand",
  root: JSON.parse('{"type":"object","properties":{"time":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"name":{"type":"string","minLength":1,"maxLength":255},"payload":{},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceQuery":{"$ref":"advancedDeviceQuery.json"}},"required":["name"],"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery, "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
