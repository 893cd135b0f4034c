/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/credentials.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import credential from './credential';

const schema: SchemaDocument = {
  name: "credentials",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"credential.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "credential.json": credential },
};
export default schema;
