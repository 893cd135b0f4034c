/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceStates.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceState from './deviceState';

const schema: SchemaDocument = {
  name: "deviceStates",
  root: JSON.parse('{"type":"array","items":{"$ref":"deviceState.json"}}'),
  refs: { "deviceState.json": deviceState },
};
export default schema;
