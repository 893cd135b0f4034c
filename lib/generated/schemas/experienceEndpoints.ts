/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceEndpoints.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceEndpoint from './experienceEndpoint';

const schema: SchemaDocument = {
  name: "experienceEndpoints",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"experienceEndpoint.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceGroupId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"notFoundRequestCount":{"type":"number"}}}'),
  refs: { "experienceEndpoint.json": experienceEndpoint },
};
export default schema;
