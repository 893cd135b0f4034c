/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceUserPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceUserPatch",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"firstName":{"type":"string","maxLength":1024},"lastName":{"type":"string","maxLength":1024},"password":{"type":"string","minLength":8,"maxLength":2048},"tokenCutoff":{"type":"string","format":"date-time"},"userTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"experienceGroupIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
