/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/eventPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "eventPost",
  root: JSON.parse('{"type":"object","properties":{"level":{"type":"string","enum":["info","warning","error","critical"]},"state":{"type":"string","enum":["new","acknowledged","resolved"]},"subject":{"type":"string","minLength":1,"maxLength":255},"message":{"type":"string","maxLength":32767},"data":{},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"eventTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"creationDate":{"oneOf":[{"type":"string"},{"type":"number"},{"type":"object","properties":{"$date":{"type":"string"}},"additionalProperties":false,"required":["$date"]}]},"disableTagChangeTracking":{"type":"boolean"}},"required":["level","subject"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
