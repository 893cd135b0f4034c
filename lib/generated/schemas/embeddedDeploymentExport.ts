/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/embeddedDeploymentExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "embeddedDeploymentExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"embeddedDeploymentId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"traceLevel":{"enum":[0,1,2]},"disableDebugMessage":{"type":"boolean"},"stackSize":{"type":"integer","minimum":1600,"maximum":2147483648},"debugSymbols":{"type":"boolean"},"exportMemory":{"type":"boolean"},"gzip":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
