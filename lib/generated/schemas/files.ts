/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/files.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import file from './file';

const schema: SchemaDocument = {
  name: "files",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"file.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"parentExists":{"type":"boolean"}}}'),
  refs: { "file.json": file },
};
export default schema;
