/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceAuditLogs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceAuditLogs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: {},
};
export default schema;
