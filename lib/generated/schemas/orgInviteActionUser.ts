/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteActionUser.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteActionUser",
  root: JSON.parse('{"type":"object","properties":{"action":{"type":"string","enum":["accept","dismiss","reject"]}},"additionalProperties":false,"required":["action"]}'),
  refs: {},
};
export default schema;
