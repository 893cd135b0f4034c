/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationTemplate.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationTemplate",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"templateId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"readme":{"type":"string","maxLength":131072},"categoryIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"keywords":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"},"maxItems":100},"description":{"type":"string","maxLength":1024},"public":{"type":"boolean"},"authorName":{"type":"string","maxLength":255},"imageUrl":{"type":"string","maxLength":1024},"authorUrl":{"type":"string","maxLength":1024},"templateUrl":{"type":"string","maxLength":1024},"summary":{"type":"object","properties":{"applicationCertificateAuthorityCount":{"type":"integer"},"dashboardCount":{"type":"integer"},"deviceCount":{"type":"integer"},"deviceRecipeCount":{"type":"integer"},"dataTableCount":{"type":"integer"},"experienceGroupCount":{"type":"integer"},"experienceUserCount":{"type":"integer"},"experienceVersionCount":{"type":"integer"},"experienceViewCount":{"type":"integer"},"experienceEndpointCount":{"type":"integer"},"fileCount":{"type":"integer"},"flowCount":{"type":"integer"},"integrationCount":{"type":"integer"},"notebookCount":{"type":"integer"},"privateFileCount":{"type":"integer"},"resourceJobCount":{"type":"integer"},"dataTableCsvSize":{"type":"integer"},"webhookCount":{"type":"integer"}}}}}'),
  refs: {},
};
export default schema;
