/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceSlugs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceSlug from './experienceSlug';

const schema: SchemaDocument = {
  name: "experienceSlugs",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceSlug.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "experienceSlug.json": experienceSlug },
};
export default schema;
