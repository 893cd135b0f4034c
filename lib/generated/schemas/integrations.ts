/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/integrations.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import integration from './integration';

const schema: SchemaDocument = {
  name: "integrations",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"integration.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "integration.json": integration },
};
export default schema;
