/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceDomain.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceDomain",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceDomainId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"sslCert":{"type":"string","maxLength":32767,"minLength":50},"sslBundle":{"type":"string","maxLength":32767,"minLength":50},"domainName":{"type":"string","maxLength":45,"minLength":3},"version":{"type":"string","minLength":1,"maxLength":255}}}'),
  refs: {},
};
export default schema;
