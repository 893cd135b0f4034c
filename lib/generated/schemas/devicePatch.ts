/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/devicePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceAttributePost from './deviceAttributePost';

const schema: SchemaDocument = {
  name: "devicePatch",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"tags":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"value":{"type":"string","minLength":1,"maxLength":255}},"required":["key","value"],"additionalProperties":false},"maxItems":100},"attributes":{"type":"array","items":{"$ref":"deviceAttributePost.json"},"maxItems":256},"deviceClass":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},"gatewayId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"parentId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]},"systemInterval":{"type":"integer","minimum":5,"maximum":3600},"keepDuplicates":{"type":"boolean"}},"additionalProperties":false}'),
  refs: { "deviceAttributePost.json": deviceAttributePost },
};
export default schema;
