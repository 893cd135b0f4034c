/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/lastValueQuery.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "lastValueQuery",
  root: JSON.parse('{"type":"object","properties":{"attribute":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceQuery":{"$ref":"advancedDeviceQuery.json"},"end":{"type":"number"}},"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery, "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
