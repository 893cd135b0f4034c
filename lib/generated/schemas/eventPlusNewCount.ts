/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/eventPlusNewCount.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import event from './event';

const schema: SchemaDocument = {
  name: "eventPlusNewCount",
  root: JSON.parse('{"type":"object","properties":{"event":{"$ref":"event.json"},"newCount":{"type":"integer"}}}'),
  refs: { "event.json": event },
};
export default schema;
