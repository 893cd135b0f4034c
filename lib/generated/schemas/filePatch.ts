/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/filePatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "filePatch",
  root: JSON.parse('{"type":"object","properties":{"fileSize":{"type":"number"},"contentType":{"type":"string","maxLength":1024},"fileDimensions":{"type":"object","properties":{"width":{"type":"number"},"height":{"type":"number"}}}}}'),
  refs: {},
};
export default schema;
