/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/historicalSummaries.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import historicalSummary from './historicalSummary';

const schema: SchemaDocument = {
  name: "historicalSummaries",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"historicalSummary.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: { "historicalSummary.json": historicalSummary },
};
export default schema;
