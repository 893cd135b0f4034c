/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationKeys.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationKeys",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationKeyId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"key":{"type":"string"},"status":{"type":"string","enum":["active","inactive"]},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"type":"array","items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"value":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"maxItems":100},"description":{"type":"string","maxLength":32767},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}}}}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: {},
};
export default schema;
