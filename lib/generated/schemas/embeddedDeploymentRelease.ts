/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/embeddedDeploymentRelease.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "embeddedDeploymentRelease",
  root: JSON.parse('{"type":"object","properties":{"flowId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"version":{"type":["string","null"],"minLength":1,"maxLength":255},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"releaseTag":{"type":["string","null"],"minLength":1,"maxLength":255}},"additionalProperties":false,"required":["flowId","version"]}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
