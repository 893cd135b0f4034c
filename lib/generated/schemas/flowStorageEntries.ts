/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowStorageEntries.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "flowStorageEntries",
  root: JSON.parse('{"type":"object","patternProperties":{"^.{1,255}$":{}}}'),
  refs: {},
};
export default schema;
