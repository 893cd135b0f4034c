/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/edgeDeployments.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import edgeDeployment from './edgeDeployment';

const schema: SchemaDocument = {
  name: "edgeDeployments",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"edgeDeployment.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"flowId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"version":{"type":"string","minLength":1,"maxLength":255}}}'),
  refs: { "edgeDeployment.json": edgeDeployment },
};
export default schema;
