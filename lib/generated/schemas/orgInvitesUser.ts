/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInvitesUser.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import orgInviteUser from './orgInviteUser';

const schema: SchemaDocument = {
  name: "orgInvitesUser",
  root: JSON.parse('{"type":"array","items":{"$ref":"orgInviteUser.json"}}'),
  refs: { "orgInviteUser.json": orgInviteUser },
};
export default schema;
