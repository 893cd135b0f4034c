/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/jobEnqueuedResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "jobEnqueuedResult",
  root: JSON.parse('{"type":"object","properties":{"jobQueued":{"type":"boolean","enum":[true]},"jobId":{"type":"string","maxLength":21},"success":{"type":"boolean","enum":[true]}}}'),
  refs: {},
};
export default schema;
