/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceStateOrStates.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceState from './deviceState';
import deviceStates from './deviceStates';

const schema: SchemaDocument = {
  name: "deviceStateOrStates",
  root: JSON.parse('{"oneOf":[{"$ref":"deviceState.json"},{"$ref":"deviceStates.json"}]}'),
  refs: { "deviceState.json": deviceState, "deviceStates.json": deviceStates },
};
export default schema;
