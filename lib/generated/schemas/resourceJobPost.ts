/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/resourceJobPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "resourceJobPost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"dataTableId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"string","minLength":4,"maxLength":255,"pattern":".*\\\\{\\\\{.+\\\\}\\\\}.*"}]},"queryJson":{"type":"string","maxLength":8192},"resourceType":{"type":"string","enum":["dataTableRow","device","experienceGroup","experienceUser"]},"maxIterationConcurrency":{"type":"integer","enum":[1,10]},"iterationDelay":{"type":"integer"},"iterationTimeout":{"type":"integer"},"defaultContext":{"type":"string","maxLength":32767},"retryOnTimeout":{"type":"boolean"},"retryOnFailure":{"type":"boolean"},"maxIterationRetries":{"type":"integer"},"retryDelay":{"type":"integer"}},"additionalProperties":false,"required":["name","resourceType"]}'),
  refs: {},
};
export default schema;
