/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationTemplateCategories.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import applicationTemplateCategory from './applicationTemplateCategory';

const schema: SchemaDocument = {
  name: "applicationTemplateCategories",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"applicationTemplateCategory.json"}},"baseId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"totalCount":{"type":"integer"}}}'),
  refs: { "applicationTemplateCategory.json": applicationTemplateCategory },
};
export default schema;
