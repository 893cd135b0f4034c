/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceBootstrapOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceBootstrapOptions",
  root: JSON.parse('{"type":"object","properties":{"replaceExisting":{"type":"boolean"},"createUsers":{"type":"boolean"},"createGroups":{"type":"boolean"},"slug":{"type":"string","minLength":3,"maxLength":63,"pattern":"^[0-9a-z-]*$"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
