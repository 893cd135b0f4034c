/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/recentItem.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "recentItem",
  root: JSON.parse('{"type":"object","properties":{"itemType":{"type":"string","enum":["application","device","flow","dashboard","organization"]},"parentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"itemId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}},"required":["itemType","itemId"]}'),
  refs: {},
};
export default schema;
