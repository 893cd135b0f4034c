/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import org from './org';

const schema: SchemaDocument = {
  name: "orgs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"org.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "org.json": org },
};
export default schema;
