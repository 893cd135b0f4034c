/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceOrgMembers.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceOrgMembers",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#"}},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: {},
};
export default schema;
