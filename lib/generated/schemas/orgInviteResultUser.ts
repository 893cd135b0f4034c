/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteResultUser.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteResultUser",
  root: JSON.parse('{"type":"object","properties":{"result":{"type":"string","enum":["accepted","rejected","dismissed"]},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: {},
};
export default schema;
