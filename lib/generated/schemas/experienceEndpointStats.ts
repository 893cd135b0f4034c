/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceEndpointStats.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceEndpointStats",
  root: JSON.parse('{"type":"object","patternProperties":{".*":{"type":"array","items":{"type":"object","properties":{"time":{"type":"string","format":"date-time"},"count":{"type":"number"}}}}}}'),
  refs: {},
};
export default schema;
