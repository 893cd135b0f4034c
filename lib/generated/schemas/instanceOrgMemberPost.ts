/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceOrgMemberPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import orgInvitePost from './orgInvitePost';

const schema: SchemaDocument = {
  name: "instanceOrgMemberPost",
  root: JSON.parse('{"oneOf":[{"type":"object","properties":{"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"applicationRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100},"dashboardRoles":{"type":"array","items":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"maxItems":100}},"additionalProperties":false,"required":["userId","role"]},{"$ref":"orgInvitePost.json"}]}'),
  refs: { "orgInvitePost.json": orgInvitePost },
};
export default schema;
