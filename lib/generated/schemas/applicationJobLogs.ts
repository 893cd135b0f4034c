/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationJobLogs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import applicationJobLog from './applicationJobLog';

const schema: SchemaDocument = {
  name: "applicationJobLogs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"applicationJobLog.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"query":{"type":"object"},"perPage":{"type":"integer"},"page":{"type":"integer"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "applicationJobLog.json": applicationJobLog },
};
export default schema;
