/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowVersionsDeletePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedFlowVersionQuery from './advancedFlowVersionQuery';

const schema: SchemaDocument = {
  name: "flowVersionsDeletePost",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"query":{"$ref":"advancedFlowVersionQuery.json"},"callbackUrl":{"type":"string","format":"uri","maxLength":1024}},"additionalProperties":false,"required":["query"]}'),
  refs: { "advancedFlowVersionQuery.json": advancedFlowVersionQuery },
};
export default schema;
