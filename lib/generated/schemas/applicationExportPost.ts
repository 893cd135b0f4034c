/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationExportPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationExportPost",
  root: JSON.parse('{"type":"object","properties":{"includeFiles":{"type":"boolean"},"includeDataTableRows":{"type":"boolean"},"includeDevices":{"type":"boolean"},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"forceJob":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
