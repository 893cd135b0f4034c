/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applications.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import application from './application';

const schema: SchemaDocument = {
  name: "applications",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"application.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "application.json": application },
};
export default schema;
