/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInvitePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInvitePost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"applicationRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"dashboardRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"disallowTransfer":{"type":"boolean"}},"additionalProperties":false,"required":["email","role"]}'),
  refs: {},
};
export default schema;
