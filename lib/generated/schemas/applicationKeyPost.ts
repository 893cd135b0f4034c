/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationKeyPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "applicationKeyPost",
  root: JSON.parse('{"type":"object","properties":{"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"addressFilterType":{"type":"string","enum":["all","whitelist","blacklist"]},"addresses":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":48}}},"additionalProperties":false}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
