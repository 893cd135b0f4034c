/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/orgInvites.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import orgInvite from './orgInvite';

const schema: SchemaDocument = {
  name: "orgInvites",
  root: JSON.parse('{"type":"array","items":{"$ref":"orgInvite.json"}}'),
  refs: { "orgInvite.json": orgInvite },
};
export default schema;
