/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteAction.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteAction",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"token":{"type":"string","minLength":1},"accept":{"type":"boolean"}},"additionalProperties":false,"required":["email","token","accept"]}'),
  refs: {},
};
export default schema;
