/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/payloadStats.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "payloadStats",
  root: JSON.parse('{"type":"object","properties":{"appFile":{"type":"object","patternProperties":{".*":{"type":"number"}}},"dataTable":{"type":"object","patternProperties":{".*":{"type":"number"}}},"deviceCreate":{"type":"object","patternProperties":{".*":{"type":"number"}}},"deviceCommand":{"type":"object","patternProperties":{".*":{"type":"number"}}},"deviceConnect":{"type":"object","patternProperties":{".*":{"type":"number"}}},"deviceDisconnect":{"type":"object","patternProperties":{".*":{"type":"number"}}},"deviceState":{"type":"object","patternProperties":{".*":{"type":"number"}}},"endpoint":{"type":"object","patternProperties":{".*":{"type":"number"}}},"event":{"type":"object","patternProperties":{".*":{"type":"number"}}},"flowError":{"type":"object","patternProperties":{".*":{"type":"number"}}},"inboundEmail":{"type":"object","patternProperties":{".*":{"type":"number"}}},"integration":{"type":"object","patternProperties":{".*":{"type":"number"}}},"mqttIn":{"type":"object","patternProperties":{".*":{"type":"number"}}},"mqttOut":{"type":"object","patternProperties":{".*":{"type":"number"}}},"notebook":{"type":"object","patternProperties":{".*":{"type":"number"}}},"resourceJob":{"type":"object","patternProperties":{".*":{"type":"number"}}},"timer":{"type":"object","patternProperties":{".*":{"type":"number"}}},"virtualButton":{"type":"object","patternProperties":{".*":{"type":"number"}}},"webhook":{"type":"object","patternProperties":{".*":{"type":"number"}}}}}'),
  refs: {},
};
export default schema;
