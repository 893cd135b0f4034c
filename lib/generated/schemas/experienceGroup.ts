/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceGroup.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "experienceGroup",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceGroupId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"experienceUserIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"experienceEndpointIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"groupTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceQueryJson":{"type":["string","null"],"maxLength":8192},"parentId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]},"ancestorIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"directDeviceCount":{"type":"number"},"totalDeviceCount":{"type":"number"}}}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
