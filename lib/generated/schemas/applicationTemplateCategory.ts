/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationTemplateCategory.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationTemplateCategory",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"parentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"resourceTypes":{"type":"array","items":{"type":"string","enum":["DeviceRecipe","CustomNode"]},"maxItems":100}}}'),
  refs: {},
};
export default schema;
