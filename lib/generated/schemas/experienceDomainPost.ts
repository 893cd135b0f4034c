/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceDomainPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceDomainPost",
  root: JSON.parse('{"type":"object","properties":{"sslKey":{"type":"string","maxLength":32767,"minLength":50},"sslCert":{"type":"string","maxLength":32767,"minLength":50},"sslBundle":{"type":"string","maxLength":32767,"minLength":50},"domainName":{"type":"string","maxLength":45,"minLength":3},"version":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"null"}]}},"additionalProperties":false,"required":["domainName"]}'),
  refs: {},
};
export default schema;
