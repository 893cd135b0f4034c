/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowsExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedQuery from './advancedQuery';

const schema: SchemaDocument = {
  name: "dataTableRowsExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"query":{"$ref":"advancedQuery.json"},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"queryOptions":{"type":"object","properties":{"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"limit":{"type":"number"},"sortColumn":{"type":"string"},"offset":{"type":"number"}}}},"additionalProperties":false}'),
  refs: { "advancedQuery.json": advancedQuery },
};
export default schema;
