/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceAuditLog.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceAuditLog",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"instanceAuditLogId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"primaryTargetId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"primaryTargetType":{"type":"string","enum":["Organization","ApiToken","User","InstanceCustomNode","NotificationRule"]},"primaryTargetName":{"type":"string","maxLength":1024},"secondaryTargetId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"secondaryTargetType":{"type":"string","enum":["OrgInvite","ApiToken"]},"secondaryTargetName":{"type":"string","maxLength":1024},"actorId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"actorType":{"type":"string","enum":["User","ApiToken"]},"actorName":{"type":"string","maxLength":1024},"requestResource":{"type":"string","maxLength":1024},"requestAction":{"type":"string","maxLength":1024},"requestQueryParams":{"type":"object"},"requestBody":{"type":"object"},"requestPathParams":{"type":"object"},"responseBody":{"type":"object"},"responseStatus":{"type":"integer","minimum":100,"maximum":599}}}'),
  refs: {},
};
export default schema;
