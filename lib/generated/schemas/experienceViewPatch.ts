/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceViewPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceViewPatch",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"layoutId":{"type":["string","null"],"pattern":"^[A-Fa-f\\\\d]{24}$"},"body":{"type":"string","maxLength":131072},"viewTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"headers":{"type":"object","properties":{"content-type":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
