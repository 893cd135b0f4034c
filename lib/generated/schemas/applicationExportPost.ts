/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationExportPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationExportPost",
  root: JSON.parse('{"type":"object","properties":{"includeFiles":{"type":"boolean"},"includePrivateFiles":{"type":"boolean"},"includeDataTableRows":{"type":"boolean"},"includeDevices":{"type":"boolean"},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"forceJob":{"type":"boolean"},"exportType":{"type":"string","enum":["zip","repo"]},"credentialName":{"type":"string","maxLength":255},"repo":{"type":"object","properties":{"branch":{"type":"string","maxLength":255},"directory":{"type":"string","maxLength":1024},"commitMessage":{"type":"string","maxLength":1024}}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
