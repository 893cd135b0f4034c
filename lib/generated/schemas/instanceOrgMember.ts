/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceOrgMember.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceOrgMember",
  root: JSON.parse('{"type":"object","properties":{"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"email":{"type":"string","format":"email","maxLength":1024},"firstName":{"type":"string","minLength":1,"maxLength":1024},"lastName":{"type":"string","maxLength":1024},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"avatarUrl":{"type":"string","format":"uri","maxLength":1024},"twoFactorAuthEnabled":{"type":"boolean"},"ssoLinked":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
