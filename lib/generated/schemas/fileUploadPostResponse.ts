/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/fileUploadPostResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import file from './file';

const schema: SchemaDocument = {
  name: "fileUploadPostResponse",
  root: JSON.parse('{"allOf":[{"$ref":"file.json"},{"type":"object","properties":{"upload":{"type":"object","properties":{"url":{"type":"string"},"fields":{"type":"object","patternProperties":{"^.*$":{"type":"string"}},"properties":{"key":{"type":"string"},"bucket":{"type":"string"}}}}}}}]}'),
  refs: { "file.json": file },
};
export default schema;
