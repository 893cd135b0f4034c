/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationTemplateCategories.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationTemplateCategories",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"parentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"resourceTypes":{"type":"array","items":{"type":"string","enum":["DeviceRecipe","CustomNode"]},"maxItems":100}}}},"baseId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"totalCount":{"type":"integer"}}}'),
  refs: {},
};
export default schema;
