/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowVersions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import flowVersion from './flowVersion';

const schema: SchemaDocument = {
  name: "flowVersions",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"flowVersion.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"flowId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "flowVersion.json": flowVersion },
};
export default schema;
