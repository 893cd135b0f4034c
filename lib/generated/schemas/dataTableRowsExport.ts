/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowsExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedQuery from './advancedQuery';

const schema: SchemaDocument = {
  name: "dataTableRowsExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"query":{"type":"object","properties":{"$and":{"type":"array","items":{"$ref":"advancedQuery.json"},"maxItems":100},"$or":{"type":"array","items":{"$ref":"advancedQuery.json"},"maxItems":100},"$nor":{"type":"array","items":{"$ref":"advancedQuery.json"},"maxItems":100}},"patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"oneOf":[{"type":["string","number","boolean","null"]},{"type":"object","properties":{"$eq":{"type":["string","number","boolean","null"]},"$ne":{"type":["string","number","boolean","null"]},"$gt":{"type":["string","number","boolean","null"]},"$lt":{"type":["string","number","boolean","null"]},"$gte":{"type":["string","number","boolean","null"]},"$lte":{"type":["string","number","boolean","null"]},"$startsWith":{"type":"string","minLength":1},"$endsWith":{"type":"string","minLength":1},"$contains":{"type":"string","minLength":1},"$ci":{"type":"boolean"},"$in":{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}},"$nin":{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}},"additionalProperties":false}]}},"additionalProperties":false},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"queryOptions":{"type":"object","properties":{"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"limit":{"type":"number"},"sortColumn":{"type":"string"},"offset":{"type":"number"}}}},"additionalProperties":false}'),
  refs: { "advancedQuery.json": advancedQuery },
};
export default schema;
