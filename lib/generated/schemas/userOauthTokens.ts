/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/userOauthTokens.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import userOauthToken from './userOauthToken';

const schema: SchemaDocument = {
  name: "userOauthTokens",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"userOauthToken.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "userOauthToken.json": userOauthToken },
};
export default schema;
