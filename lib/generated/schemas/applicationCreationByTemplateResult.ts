/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationCreationByTemplateResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import application from './application';

const schema: SchemaDocument = {
  name: "applicationCreationByTemplateResult",
  root: JSON.parse('{"type":"object","properties":{"application":{"$ref":"application.json"},"validationErrors":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string"},"name":{"type":"string"},"id":{"type":"string"},"message":{"type":"string"}}}}},"additionalProperties":false}'),
  refs: { "application.json": application },
};
export default schema;
