/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceAuditLogFilter.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceAuditLogFilter",
  root: JSON.parse('{"type":"object","properties":{"primaryTarget":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"type":{"type":"string","enum":["Organization","ApiToken","User","InstanceCustomNode","NotificationRule"]},"name":{"type":"string","maxLength":1024}},"additionalProperties":false}},"secondaryTarget":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"type":{"type":"string","enum":["OrgInvite","ApiToken"]},"name":{"type":"string","maxLength":1024}},"additionalProperties":false}},"actor":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"type":{"type":"string","enum":["User","ApiToken"]},"name":{"type":"string","maxLength":1024}},"additionalProperties":false}},"request":{"type":"array","items":{"type":"object","properties":{"resource":{"type":"string","maxLength":1024},"action":{"type":"string","maxLength":1024}},"additionalProperties":false}},"responseCode":{"type":"array","items":{"type":"integer","minimum":100,"maximum":599}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
