/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceUsers.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceUser from './experienceUser';

const schema: SchemaDocument = {
  name: "experienceUsers",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceUser.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceGroupId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "experienceUser.json": experienceUser },
};
export default schema;
