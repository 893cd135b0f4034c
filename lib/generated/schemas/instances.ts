/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instances.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import instance from './instance';

const schema: SchemaDocument = {
  name: "instances",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"instance.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "instance.json": instance },
};
export default schema;
