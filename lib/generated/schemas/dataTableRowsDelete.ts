/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/dataTableRowsDelete.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "dataTableRowsDelete",
  root: JSON.parse('{"type":"object","properties":{"removed":{"type":"number"}}}'),
  refs: {},
};
export default schema;
