/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceViews.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceView from './experienceView';

const schema: SchemaDocument = {
  name: "experienceViews",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceView.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"viewType":{"type":"string","enum":["layout","page","component"]}}}'),
  refs: { "experienceView.json": experienceView },
};
export default schema;
