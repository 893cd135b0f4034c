/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationKeys.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import applicationKey from './applicationKey';

const schema: SchemaDocument = {
  name: "applicationKeys",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"applicationKey.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "applicationKey.json": applicationKey },
};
export default schema;
