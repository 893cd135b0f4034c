/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/recentItemList.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "recentItemList",
  root: JSON.parse('{"type":"object","properties":{"itemType":{"type":"string","enum":["application","device","flow","dashboard","organization"]},"parentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255}}}}}}'),
  refs: {},
};
export default schema;
