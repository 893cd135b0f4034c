/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceVersionPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceVersionPost",
  root: JSON.parse('{"type":"object","properties":{"version":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"domainIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"slugIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"endpointDefaultCors":{"type":"boolean"},"globals":{"type":"array","maxItems":100,"items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"json":{"type":"string","minLength":1,"maxLength":32767},"description":{"type":"string","maxLength":1024}},"additionalProperties":false,"required":["key","json"]}},"notFoundReply":{"oneOf":[{"type":"object","properties":{"value":{"type":"string"},"statusCode":{"type":"integer","minimum":100,"maximum":599},"type":{"type":"string","enum":["page","redirect"]}},"required":["value","type"],"additionalProperties":false},{"type":"null"}]},"unauthorizedReply":{"oneOf":[{"type":"object","properties":{"value":{"type":"string"},"statusCode":{"type":"integer","minimum":100,"maximum":599},"type":{"type":"string","enum":["page","redirect"]}},"required":["value","type"],"additionalProperties":false},{"type":"null"}]},"allowedCorsOrigins":{"type":"array","items":{"type":"string","minLength":8,"maxLength":270},"maxItems":100},"responseHeaders":{"type":"object","patternProperties":{"^.{1,255}$":{"type":"string","minLength":1,"maxLength":1024}},"maxProperties":10,"additionalProperties":false}},"additionalProperties":false,"required":["version"]}'),
  refs: {},
};
export default schema;
