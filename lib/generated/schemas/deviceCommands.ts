/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceCommands.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import deviceCommand from './deviceCommand';

const schema: SchemaDocument = {
  name: "deviceCommands",
  root: JSON.parse('{"type":"array","items":{"$ref":"deviceCommand.json"}}'),
  refs: { "deviceCommand.json": deviceCommand },
};
export default schema;
