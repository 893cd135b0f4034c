/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceDomains.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceDomain from './experienceDomain';

const schema: SchemaDocument = {
  name: "experienceDomains",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceDomain.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "experienceDomain.json": experienceDomain },
};
export default schema;
