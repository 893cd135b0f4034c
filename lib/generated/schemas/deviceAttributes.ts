/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceAttributes.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceAttribute from './deviceAttribute';

const schema: SchemaDocument = {
  name: "deviceAttributes",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"deviceAttribute.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "deviceAttribute.json": deviceAttribute },
};
export default schema;
