/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/notificationRuleEvaluationOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "notificationRuleEvaluationOptions",
  root: JSON.parse('{"type":"object","properties":{"ignoreFrequencyCheck":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
