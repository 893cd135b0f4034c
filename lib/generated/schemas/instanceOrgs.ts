/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceOrgs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import instanceOrg from './instanceOrg';

const schema: SchemaDocument = {
  name: "instanceOrgs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"instanceOrg.json"}},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "instanceOrg.json": instanceOrg },
};
export default schema;
