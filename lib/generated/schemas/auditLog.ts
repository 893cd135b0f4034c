/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/auditLog.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "auditLog",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"auditLogId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"primaryTargetId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"primaryTargetType":{"type":"string","enum":["Application","Dashboard","OrgInvite"]},"primaryTargetName":{"type":"string","maxLength":1024},"secondaryTargetId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"secondaryTargetType":{"type":"string","enum":["ApiToken","ApplicationCertificateAuthority","ApplicationCertificate","ApplicationKey","Credential","Dashboard","DataTable","Device","DeviceRecipe","Event","ExperienceDomain","ExperienceEndpoint","ExperienceGroup","ExperienceSlug","ExperienceUser","ExperienceVersion","ExperienceView","File","Flow","Integration","Notebook","PrivateFile","ResourceJob","Webhook"]},"secondaryTargetName":{"type":"string","maxLength":1024},"actorId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"actorType":{"type":"string","enum":["Application","Device","Flow","User","ApiToken"]},"actorName":{"type":"string","maxLength":1024},"requestResource":{"type":"string","maxLength":1024},"requestAction":{"type":"string","maxLength":1024},"requestQueryParams":{"type":"object"},"requestBody":{"type":"object"},"requestPathParams":{"type":"object"},"responseBody":{"type":"object"},"responseStatus":{"type":"integer","minimum":100,"maximum":599}}}'),
  refs: {},
};
export default schema;
