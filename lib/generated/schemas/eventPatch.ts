/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/eventPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "eventPatch",
  root: JSON.parse('{"type":"object","properties":{"state":{"type":"string","enum":["new","acknowledged","resolved"]},"level":{"type":"string","enum":["info","warning","error","critical"]},"subject":{"type":"string","minLength":1,"maxLength":255},"deviceId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]},"comment":{"type":"string","maxLength":32767},"data":{},"eventTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
