/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceLinkedResources.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import experienceEndpoints from './experienceEndpoints';
import experienceViews from './experienceViews';
import flowVersions from './flowVersions';
import flows from './flows';

const schema: SchemaDocument = {
  name: "experienceLinkedResources",
  root: JSON.parse('{"type":"object","properties":{"experienceViews":{"$ref":"experienceViews.json"},"experienceEndpoints":{"$ref":"experienceEndpoints.json"},"flows":{"$ref":"flows.json"},"flowVersions":{"$ref":"flowVersions.json"}},"additionalProperties":false}'),
  refs: { "experienceEndpoints.json": experienceEndpoints, "experienceViews.json": experienceViews, "flowVersions.json": flowVersions, "flows.json": flows },
};
export default schema;
