/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/instanceSandboxes.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import instanceSandbox from './instanceSandbox';

const schema: SchemaDocument = {
  name: "instanceSandboxes",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"instanceSandbox.json"}},"count":{"type":"integer"},"limit":{"type":"integer"},"startingAfterId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"endingBeforeId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"hasMore":{"type":"boolean"}}}'),
  refs: { "instanceSandbox.json": instanceSandbox },
};
export default schema;
