/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/success.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "success",
  root: JSON.parse('{"type":"object","properties":{"success":{"type":"boolean","enum":[true]}}}'),
  refs: {},
};
export default schema;
