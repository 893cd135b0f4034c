/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notificationRules.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import notificationRule from './notificationRule';

const schema: SchemaDocument = {
  name: "notificationRules",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"notificationRule.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"ownerId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"ownerType":{"type":"string","enum":["instance"]}}}'),
  refs: { "notificationRule.json": notificationRule },
};
export default schema;
