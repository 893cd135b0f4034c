/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/resourceJob.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "resourceJob",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"resourceJobId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"dataTableId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"string","minLength":4,"maxLength":255,"pattern":".*\\\\{\\\\{.+\\\\}\\\\}.*"}]},"queryJson":{"type":"string","maxLength":8192},"resourceType":{"type":"string","enum":["dataTableRow","device","experienceGroup","experienceUser"]},"maxIterationConcurrency":{"type":"integer","enum":[1,10]},"iterationDelay":{"type":"integer"},"iterationTimeout":{"type":"integer"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"lastExecutionRequested":{"type":"string","format":"date-time"},"defaultContext":{"type":"string","maxLength":32767},"retryOnTimeout":{"type":"boolean"},"retryOnFailure":{"type":"boolean"},"maxIterationRetries":{"type":"integer"},"retryDelay":{"type":"integer"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
