/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationKey.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "applicationKey",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationKeyId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"createdById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdByType":{"type":"string","enum":["flow","user","apiToken"]},"lastUpdated":{"type":"string","format":"date-time"},"lastUpdatedById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"lastUpdatedByType":{"type":"string","enum":["flow","user","apiToken"]},"key":{"type":"string"},"status":{"type":"string","enum":["active","inactive"]},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"addressFilterType":{"type":"string","enum":["all","whitelist","blacklist"]},"addresses":{"type":"array","maxItems":100,"items":{"type":"string","maxLength":48}}}}'),
  refs: { "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
