/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceCustomNodes.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import instanceCustomNode from './instanceCustomNode';

const schema: SchemaDocument = {
  name: "instanceCustomNodes",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"instanceCustomNode.json"}},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "instanceCustomNode.json": instanceCustomNode },
};
export default schema;
