/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/advancedQuery.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "advancedQuery",
  root: JSON.parse('{"type":"object","properties":{"$and":{"type":"array","items":{"$ref":"#"},"maxItems":100},"$or":{"type":"array","items":{"$ref":"#"},"maxItems":100},"$nor":{"type":"array","items":{"$ref":"#"},"maxItems":100}},"patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"oneOf":[{"type":["string","number","boolean","null"]},{"type":"object","properties":{"$eq":{"type":["string","number","boolean","null"]},"$ne":{"type":["string","number","boolean","null"]},"$gt":{"type":["string","number","boolean","null"]},"$lt":{"type":["string","number","boolean","null"]},"$gte":{"type":["string","number","boolean","null"]},"$lte":{"type":["string","number","boolean","null"]},"$startsWith":{"type":"string","minLength":1},"$endsWith":{"type":"string","minLength":1},"$contains":{"type":"string","minLength":1},"$ci":{"type":"boolean"},"$in":{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}},"$nin":{"type":"array","maxItems":100,"items":{"type":["string","number","boolean"]}}},"additionalProperties":false}]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
