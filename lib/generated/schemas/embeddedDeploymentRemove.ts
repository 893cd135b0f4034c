/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/embeddedDeploymentRemove.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "embeddedDeploymentRemove",
  root: JSON.parse('{"type":"object","properties":{"flowId":{"type":["string","null"],"pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":["string","null"],"pattern":"^[A-Fa-f\\\\d]{24}$"}},"additionalProperties":false,"required":["flowId","deviceId"]}'),
  refs: {},
};
export default schema;
