/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceMembers.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import instanceMember from './instanceMember';

const schema: SchemaDocument = {
  name: "instanceMembers",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"instanceMember.json"}},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "instanceMember.json": instanceMember },
};
export default schema;
