/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceVersion.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceVersion",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceVersionId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"createdById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdByType":{"type":"string","enum":["flow","user","apiToken"]},"lastUpdated":{"type":"string","format":"date-time"},"lastUpdatedById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"lastUpdatedByType":{"type":"string","enum":["flow","user","apiToken"]},"endpointDefaultCors":{"type":"boolean"},"allowedCorsOrigins":{"type":"array","items":{"type":"string","minLength":8,"maxLength":270},"maxItems":100},"version":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"globals":{"type":"array","maxItems":100,"items":{"type":"object","properties":{"key":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"json":{"type":"string","minLength":1,"maxLength":32767},"description":{"type":"string","maxLength":1024}},"additionalProperties":false,"required":["key","json"]}},"attachedDomains":{"type":"array","items":{"type":"object","properties":{"domainName":{"type":"string","maxLength":45,"minLength":3},"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}},"attachedSlugs":{"type":"array","items":{"type":"object","properties":{"slug":{"type":"string"},"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}}}}'),
  refs: {},
};
export default schema;
