/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInvite.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInvite",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"email":{"type":"string","format":"email","maxLength":1024},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"applicationRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"dashboardRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"inviteDate":{"type":"string","format":"date-time"},"ttl":{"type":"number"},"hasExpired":{"type":"boolean"},"disallowTransfer":{"type":"boolean"}}}'),
  refs: {},
};
export default schema;
