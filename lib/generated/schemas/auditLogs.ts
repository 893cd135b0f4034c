/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/auditLogs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import auditLog from './auditLog';

const schema: SchemaDocument = {
  name: "auditLogs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"auditLog.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "auditLog.json": auditLog },
};
export default schema;
