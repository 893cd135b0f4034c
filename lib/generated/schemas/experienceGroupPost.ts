/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceGroupPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "experienceGroupPost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"experienceUserIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"experienceEndpointIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"groupTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceQueryJson":{"type":["string","null"],"maxLength":8192},"parentId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]}},"additionalProperties":false,"required":["name"]}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
