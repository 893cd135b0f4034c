/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceClassFilter.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceClassFilter",
  root: JSON.parse('{"oneOf":[{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},{"type":"array","items":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]}}]}'),
  refs: {},
};
export default schema;
