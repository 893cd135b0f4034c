/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/compositeDevicesState.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import compositeDeviceState from './compositeDeviceState';

const schema: SchemaDocument = {
  name: "compositeDevicesState",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255},"compositeState":{"$ref":"compositeDeviceState.json"}}}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"query":{"type":"object"}}}'),
  refs: { "compositeDeviceState.json": compositeDeviceState },
};
export default schema;
