/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/resourceJobExecutionLogs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "resourceJobExecutionLogs",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"resourceJobExecutionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"resourceJobId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"accumulator":{"type":"string","maxLength":256},"status":{"type":"string","enum":["inProgress","completed","erroring","errored","canceling","canceled"]},"queryJson":{"type":"string","maxLength":8192},"resourceType":{"type":"string","enum":["dataTableRow","device","experienceGroup","experienceUser"]},"sourceType":{"type":"string","enum":["flow","user","device","apiToken","notebook"]},"sourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"cancelSourceType":{"type":"string","enum":["flow","user","device","apiToken","notebook"]},"cancelSourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"runStartedAt":{"type":"string","format":"date-time"},"runCompletedAt":{"type":"string","format":"date-time"},"executionReportUrl":{"type":"string"},"templateContext":{"type":"string","maxLength":32767},"iterationDelay":{"type":"integer"},"iterationTimeout":{"type":"integer"},"maxIterationConcurrency":{"type":"integer","enum":[1,10]},"executionSummary":{"type":"object","properties":{"succeeded":{"type":"number"},"failed":{"type":"number"},"timedOut":{"type":"number"},"inProgress":{"type":"number"},"remaining":{"type":"number"}}}}}}'),
  refs: {},
};
export default schema;
