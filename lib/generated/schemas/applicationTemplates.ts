/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationTemplates.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import applicationTemplate from './applicationTemplate';

const schema: SchemaDocument = {
  name: "applicationTemplates",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"applicationTemplate.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"categoryId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"keywords":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"maxItems":100},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "applicationTemplate.json": applicationTemplate },
};
export default schema;
