/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteUser.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteUser",
  root: JSON.parse('{"type":"object","properties":{"orgName":{"type":"string","minLength":1,"maxLength":255},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"requiresMFA":{"type":"boolean"},"inviteDate":{"type":"string","format":"date-time"},"ttl":{"type":"number"},"expired":{"type":"boolean"},"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"invitedBy":{"type":"object","properties":{"fullName":{"type":"string"},"email":{"type":"string","format":"email","maxLength":1024}}}}}'),
  refs: {},
};
export default schema;
