/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/lastValueData.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "lastValueData",
  root: JSON.parse('{"type":"object","patternProperties":{"^[A-Fa-f\\\\d]{24}$":{"type":"object","properties":{"time":{"type":"string","format":"date-time"},"data":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":["number","string","boolean"]}},"additionalProperties":false}},"additionalProperties":false,"required":["data","time"]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
