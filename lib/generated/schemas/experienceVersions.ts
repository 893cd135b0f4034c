/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceVersions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceVersion from './experienceVersion';

const schema: SchemaDocument = {
  name: "experienceVersions",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceVersion.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "experienceVersion.json": experienceVersion },
};
export default schema;
