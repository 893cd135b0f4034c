/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInviteResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "orgInviteResult",
  root: JSON.parse('{"type":"object","properties":{"accepted":{"type":"boolean"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: {},
};
export default schema;
