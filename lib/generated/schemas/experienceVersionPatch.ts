/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceVersionPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceVersionPatch",
  root: JSON.parse('{"type":"object","properties":{"endpointDefaultCors":{"type":"boolean"},"allowedCorsOrigins":{"type":"array","items":{"type":"string","minLength":8,"maxLength":270},"maxItems":100},"globals":{"type":"array","maxItems":100,"items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"json":{"type":"string","minLength":1,"maxLength":32767},"description":{"type":"string","maxLength":1024}},"additionalProperties":false,"required":["key","json"]}},"notFoundReply":{"oneOf":[{"type":"object","properties":{"value":{"type":"string"},"statusCode":{"type":"integer","minimum":100,"maximum":599},"type":{"type":"string","enum":["page","redirect"]}},"required":["value","type"],"additionalProperties":false},{"type":"null"}]},"unauthorizedReply":{"oneOf":[{"type":"object","properties":{"value":{"type":"string"},"statusCode":{"type":"integer","minimum":100,"maximum":599},"type":{"type":"string","enum":["page","redirect"]}},"required":["value","type"],"additionalProperties":false},{"type":"null"}]},"description":{"type":"string","maxLength":32767},"sourceVersionIdOrName":{"type":"string","minLength":1,"maxLength":255},"responseHeaders":{"type":"object","patternProperties":{"^.{1,255}$":{"type":"string","minLength":1,"maxLength":1024}},"maxProperties":10,"additionalProperties":false}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
