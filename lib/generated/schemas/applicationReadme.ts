/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationReadme.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationReadme",
  root: JSON.parse('{"type":"object","properties":{"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"lastUpdated":{"type":"string","format":"date-time"},"lastUpdatedById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"lastUpdatedByType":{"type":"string","enum":["flow","user","apiToken"]},"content":{"type":"string"}}}'),
  refs: {},
};
export default schema;
