/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devices.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import device from './device';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "devices",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"device.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceClass":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},"tagFilter":{"$ref":"deviceTagFilter.json"},"parentId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]},"query":{"type":"object"}}}'),
  refs: { "device.json": device, "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
