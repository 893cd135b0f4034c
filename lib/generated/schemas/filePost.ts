/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/filePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "filePost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":1024},"parentDirectory":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["file","directory"]},"fileSize":{"type":"number"},"contentType":{"type":"string","maxLength":1024},"fileDimensions":{"type":"object","properties":{"width":{"type":"number"},"height":{"type":"number"}},"additionalProperties":false}},"additionalProperties":false,"required":["name","type"]}'),
  refs: {},
};
export default schema;
