/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notebookExecutionLogs.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "notebookExecutionLogs",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"notebookExecutionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"notebookId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"imageVersion":{"type":"string","enum":["v1","v2","v3","v4"]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"status":{"type":"string","enum":["queued","inProgress","completed","errored","timeout","canceling","canceled"]},"executionRelativeTo":{"type":"string","format":"date-time"},"maxAllowedRunMinutes":{"type":"number"},"sourceType":{"type":"string","enum":["flow","user","device","apiToken","notebook"]},"sourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"runQueuedAt":{"type":"string","format":"date-time"},"runStartedAt":{"type":"string","format":"date-time"},"inputsCompletedAt":{"type":"string","format":"date-time"},"notebookCompletedAt":{"type":"string","format":"date-time"},"outputsCompletedAt":{"type":"string","format":"date-time"},"templateContext":{"type":"string","maxLength":32767},"inputInfo":{"type":"object","patternProperties":{".*":{"type":"object","properties":{"size":{"type":"number"},"url":{"type":"string"}}}}},"outputInfo":{"type":"object","patternProperties":{".*":{"type":"object","properties":{"size":{"type":"number"},"url":{"type":"string"},"contentType":{"type":"string"}}}}},"executionErrors":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"},"message":{"type":"string"}}}}}}}'),
  refs: {},
};
export default schema;
