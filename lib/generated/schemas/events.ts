/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/events.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import event from './event';

const schema: SchemaDocument = {
  name: "events",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"event.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"state":{"type":"string","enum":["new","acknowledged","resolved"]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"query":{"type":"object"}}}'),
  refs: { "event.json": event },
};
export default schema;
