/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/resourceTransfer.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "resourceTransfer",
  root: JSON.parse('{"type":"object","properties":{"destinationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"destinationType":{"type":"string","enum":["user","organization"]},"applicationIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"dashboardIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"strict":{"type":"boolean"}},"additionalProperties":false,"required":["destinationId","destinationType"]}'),
  refs: {},
};
export default schema;
