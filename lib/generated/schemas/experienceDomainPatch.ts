/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceDomainPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceDomainPatch",
  root: JSON.parse('{"type":"object","properties":{"sslKey":{"oneOf":[{"type":"string","maxLength":32767,"minLength":50},{"type":"null"}]},"sslCert":{"oneOf":[{"type":"string","maxLength":32767,"minLength":50},{"type":"null"}]},"sslBundle":{"oneOf":[{"type":"string","maxLength":32767,"minLength":50},{"type":"null"}]},"version":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"null"}]},"domainName":{"type":"string","maxLength":45,"minLength":3}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
