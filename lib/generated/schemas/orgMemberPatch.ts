/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgMemberPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgMemberPatch",
  root: JSON.parse('{"type":"object","properties":{"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"applicationRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"dashboardRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100}},"additionalProperties":false,"required":["userId"]}'),
  refs: {},
};
export default schema;
