/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceMembers.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "instanceMembers",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"email":{"type":"string","format":"email","maxLength":1024},"firstName":{"type":"string","minLength":1,"maxLength":1024},"lastName":{"type":"string","maxLength":1024},"role":{"type":"string","enum":["admin","view"]},"avatarUrl":{"type":"string","format":"uri","maxLength":1024},"twoFactorAuthEnabled":{"type":"boolean"},"ssoLinked":{"type":"boolean"}},"additionalProperties":false}},"instanceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"count":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]}}}'),
  refs: {},
};
export default schema;
