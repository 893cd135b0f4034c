/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowVersionPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowVersionPatch",
  root: JSON.parse('{"type":"object","properties":{"notes":{"type":"string","maxLength":32767},"enabled":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
