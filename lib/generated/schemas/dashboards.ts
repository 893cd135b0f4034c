/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dashboards.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import dashboard from './dashboard';

const schema: SchemaDocument = {
  name: "dashboards",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"dashboard.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "dashboard.json": dashboard },
};
export default schema;
