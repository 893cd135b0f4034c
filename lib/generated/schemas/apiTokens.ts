/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/apiTokens.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import apiToken from './apiToken';

const schema: SchemaDocument = {
  name: "apiTokens",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"apiToken.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"ownerId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"ownerType":{"type":"string","enum":["application","user"]}}}'),
  refs: { "apiToken.json": apiToken },
};
export default schema;
