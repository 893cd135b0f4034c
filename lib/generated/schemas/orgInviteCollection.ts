/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteCollection.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import orgInvites from './orgInvites';

const schema: SchemaDocument = {
  name: "orgInviteCollection",
  root: JSON.parse('{"type":"object","properties":{"items":{"$ref":"orgInvites.json"},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "orgInvites.json": orgInvites },
};
export default schema;
