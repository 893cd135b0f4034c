/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteInfo.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteInfo",
  root: JSON.parse('{"type":"object","properties":{"orgName":{"type":"string","minLength":1,"maxLength":255},"email":{"type":"string","format":"email","maxLength":1024},"role":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"inviteDate":{"type":"string","format":"date-time"},"ttl":{"type":"number"},"disallowTransfer":{"type":"boolean"}}}'),
  refs: {},
};
export default schema;
