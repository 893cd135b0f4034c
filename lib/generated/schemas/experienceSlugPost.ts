/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceSlugPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceSlugPost",
  root: JSON.parse('{"type":"object","properties":{"version":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"null"}]},"slug":{"type":"string","minLength":3,"maxLength":63,"pattern":"^[0-9a-z-]*$"}},"additionalProperties":false,"required":["slug"]}'),
  refs: {},
};
export default schema;
