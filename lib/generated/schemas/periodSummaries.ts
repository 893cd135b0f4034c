/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/periodSummaries.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceCounts from './deviceCounts';
import notebookMinuteCounts from './notebookMinuteCounts';
import payloadCountsBreakdown from './payloadCountsBreakdown';

const schema: SchemaDocument = {
  name: "periodSummaries",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"summary":{"type":"object","properties":{"deviceCounts":{"$ref":"deviceCounts.json"},"notebookMinuteCounts":{"$ref":"notebookMinuteCounts.json"},"payloadCounts":{"$ref":"payloadCountsBreakdown.json"}}}},"additionalProperties":false}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "deviceCounts.json": deviceCounts, "notebookMinuteCounts.json": notebookMinuteCounts, "payloadCountsBreakdown.json": payloadCountsBreakdown },
};
export default schema;
