/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/apiTokenPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "apiTokenPatch",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"defaultRole":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"orgRoles":{"type":"array","items":{"type":"object","properties":{"orgId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"string","enum":["sandbox"]}]},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"applicationRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"dashboardRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100}},"required":["orgId","role"],"additionalProperties":false},"maxItems":25},"status":{"type":"string","enum":["active","inactive"]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
