/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flows.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import flow from './flow';

const schema: SchemaDocument = {
  name: "flows",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"flow.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"flowClass":{"type":"string","enum":["cloud","edge","embedded","experience","customNode"]}}}'),
  refs: { "flow.json": flow },
};
export default schema;
