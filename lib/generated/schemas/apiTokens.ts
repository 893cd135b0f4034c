/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/apiTokens.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "apiTokens",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"apiTokenId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"ownerId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"ownerType":{"type":"string","enum":["application","user"]},"creatorId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creatorType":{"type":"string","enum":["apiToken","user","flow"]},"creatorName":{"type":"string","maxLength":1024},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"expirationDate":{"type":"string","format":"date-time"},"scope":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"status":{"type":"string","enum":["active","inactive"]},"token":{"type":"string","minLength":1}}}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"ownerId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"ownerType":{"type":"string","enum":["application","user"]}}}'),
  refs: {},
};
export default schema;
