/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/file.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "file",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"authorId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"authorType":{"type":"string","enum":["flow","user","device","apiToken","notebook"]},"status":{"type":"string","enum":["pending","moving","deleting","completed"]},"name":{"type":"string","minLength":1,"maxLength":1024},"parentDirectory":{"type":"string","maxLength":1024},"type":{"type":"string","enum":["file","directory"]},"fileSize":{"type":"number"},"s3etag":{"type":"string"},"contentType":{"type":"string","maxLength":1024},"fileDimensions":{"type":"object","properties":{"width":{"type":"number"},"height":{"type":"number"}}},"moveIntoId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"url":{"type":"string"}}}'),
  refs: {},
};
export default schema;
