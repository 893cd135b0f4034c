/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/credentialLinkedResources.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import flowVersions from './flowVersions';
import flows from './flows';
import integrations from './integrations';

const schema: SchemaDocument = {
  name: "credentialLinkedResources",
  root: JSON.parse('{"type":"object","properties":{"integrations":{"$ref":"integrations.json"},"flows":{"$ref":"flows.json"},"flowVersions":{"$ref":"flowVersions.json"}},"additionalProperties":false}'),
  refs: { "flowVersions.json": flowVersions, "flows.json": flows, "integrations.json": integrations },
};
export default schema;
