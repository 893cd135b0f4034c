/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationCertificateAuthorityPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationCertificateAuthorityPost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"status":{"type":"string","enum":["active","inactive"]},"description":{"type":"string","maxLength":32767},"caBundle":{"type":"string","maxLength":32767,"minLength":50}},"required":["name","caBundle"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
