/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/embeddedDeployments.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import embeddedDeployment from './embeddedDeployment';

const schema: SchemaDocument = {
  name: "embeddedDeployments",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"embeddedDeployment.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"flowId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"version":{"type":"string","minLength":1,"maxLength":255}}}'),
  refs: { "embeddedDeployment.json": embeddedDeployment },
};
export default schema;
