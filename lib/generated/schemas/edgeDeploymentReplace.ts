/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/edgeDeploymentReplace.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "edgeDeploymentReplace",
  root: JSON.parse('{"type":"object","properties":{"flowId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"oldVersion":{"type":"string","minLength":1,"maxLength":255},"newVersion":{"type":["string","null"],"minLength":1,"maxLength":255}},"additionalProperties":false,"required":["flowId","oldVersion","newVersion"]}'),
  refs: {},
};
export default schema;
