/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicesDataExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "devicesDataExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceQuery":{"$ref":"advancedDeviceQuery.json"},"attributes":{"type":"array","maxItems":256,"items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"}},"start":{"type":"number"},"end":{"type":"number"},"options":{"type":"object","properties":{"includeDate":{"type":"boolean"},"includeID":{"type":"boolean"},"includeBlobData":{"type":"boolean"},"filePerDevice":{"type":"boolean"}}}},"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery, "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
