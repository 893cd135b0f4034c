/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceNamesResponse.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceNamesResponse",
  root: JSON.parse('{"type":"object","properties":{"deviceSummary":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceClass":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},"name":{"type":"string","minLength":1,"maxLength":255}}},"maxItems":1000}}}'),
  refs: {},
};
export default schema;
