/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationCertificate.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "applicationCertificate",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationCertificateId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"status":{"type":"string","enum":["active","inactive"]},"description":{"type":"string","maxLength":32767},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"certificateInfo":{"type":"object","properties":{"serialNumber":{"type":"string","minLength":1,"maxLength":1024},"fingerprint":{"type":"string","minLength":1,"maxLength":1024},"commonName":{"type":"string","maxLength":1024},"issuerName":{"type":"string","maxLength":1024},"notValidBefore":{"type":"string","format":"date-time"},"notValidAfter":{"type":"string","format":"date-time"}}},"certificate":{"type":"string","maxLength":32767,"minLength":50},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}}}}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
