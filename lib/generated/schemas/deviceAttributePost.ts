/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceAttributePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "deviceAttributePost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"dataType":{"type":"string","enum":["string","number","gps","boolean","blob"]},"contentType":{"type":"string","maxLength":64},"description":{"type":"string","maxLength":32767},"attributeTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"system":{"type":"object","properties":{"aggregation":{"type":"string","enum":["FIRST","LAST","COUNT","MAX","MIN","MEDIAN","MEAN","SUM","STD_DEV"]},"aggregationOptions":{"type":"array","items":{"type":"object","additionalProperties":false},"maxItems":0},"childAttributes":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"mode":{"type":"string","enum":["all","whitelist","blacklist"]},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"}},"required":["name","mode"],"additionalProperties":false},"maxItems":256}},"additionalProperties":false}},"required":["name","dataType"],"additionalProperties":false}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
