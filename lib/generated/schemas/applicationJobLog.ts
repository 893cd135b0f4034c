/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationJobLog.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationJobLog",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"jobId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"jobExecutionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"runQueuedAt":{"type":"string","format":"date-time"},"runStartedAt":{"type":"string","format":"date-time"},"runCompletedAt":{"type":"string","format":"date-time"},"status":{"type":"string","enum":["queued","inProgress","completed","errored","failed"]},"requestedById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"requestedByType":{"type":"string","enum":["user","apiToken","flow","device","system"]},"ownerType":{"type":"string","enum":["application","user","organization"]},"ownerId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"resourceType":{"type":"string","enum":["application","dashboard","datatable","event","device","notebook","deviceRecipe"]},"resourceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"progress":{"type":"object","properties":{"completed":{"type":"number"},"total":{"type":"number"},"status":{"type":"string"}}},"error":{"type":"object","properties":{"name":{"type":"string"},"message":{"type":"string"}}},"input":{},"output":{}}}'),
  refs: {},
};
export default schema;
