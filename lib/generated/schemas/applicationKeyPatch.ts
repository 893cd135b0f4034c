/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationKeyPatch.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationKeyPatch",
  root: JSON.parse('{"type":"object","properties":{"status":{"type":"string","enum":["active","inactive"]},"name":{"oneOf":[{"type":"string","minLength":1,"maxLength":255},{"type":"null"}]},"description":{"type":"string","maxLength":32767},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"addressFilterType":{"type":"string","enum":["all","whitelist","blacklist"]},"addresses":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":48}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
