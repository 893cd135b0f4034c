/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/eventsExport.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedEventQuery from './advancedEventQuery';

const schema: SchemaDocument = {
  name: "eventsExport",
  root: JSON.parse('{"type":"object","properties":{"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"query":{"$ref":"advancedEventQuery.json"},"format":{"type":"string","enum":["csv","json"]},"excludeUpdates":{"type":"boolean"}},"additionalProperties":false}'),
  refs: { "advancedEventQuery.json": advancedEventQuery },
};
export default schema;
