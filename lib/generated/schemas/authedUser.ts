/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/authedUser.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "authedUser",
  root: JSON.parse('{"type":"object","properties":{"userId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"token":{"type":"string","minLength":1},"needsToVerifyEmail":{"type":"boolean"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}},"required":["userId","token"]}'),
  refs: {},
};
export default schema;
