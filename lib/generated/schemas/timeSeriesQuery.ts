/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/timeSeriesQuery.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import advancedDeviceQuery from './advancedDeviceQuery';
import deviceTagFilter from './deviceTagFilter';

const schema: SchemaDocument = {
  name: "timeSeriesQuery",
  root: JSON.parse('{"type":"object","properties":{"start":{"type":"number"},"end":{"type":"number"},"duration":{"type":"number"},"resolution":{"type":"number"},"aggregation":{"oneOf":[{"oneOf":[{"type":"string","enum":["FIRST","LAST","COUNT","MAX","MIN","MEDIAN","MEAN","SUM","STD_DEV"]},{"type":"string","enum":["NONE"]}]},{"type":"object","properties":{"type":{"oneOf":[{"type":"string","enum":["FIRST","LAST","COUNT","MAX","MIN","MEDIAN","MEAN","SUM","STD_DEV"]},{"type":"string","enum":["NONE"]}]},"options":{"type":"object","additionalProperties":false}},"additionalProperties":false,"required":["type"]},{"type":"object","properties":{"type":{"type":"string","enum":["TIMEATVALUE"]},"options":{"type":"object","properties":{"value":{"oneOf":[{"type":"string","maxLength":255},{"type":"number"},{"type":"boolean"}]}},"additionalProperties":false,"required":["value"]}},"additionalProperties":false,"required":["type","options"]}]},"attributes":{"type":"array","items":{"type":"string","pattern":"^[0-9a-zA-Z_-]{1,255}$"}},"deviceIds":{"type":"array","items":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"maxItems":1000},"deviceTags":{"$ref":"deviceTagFilter.json"},"deviceQuery":{"$ref":"advancedDeviceQuery.json"},"limit":{"type":"number"},"order":{"type":"string","enum":["asc","desc"]}},"additionalProperties":false}'),
  refs: { "advancedDeviceQuery.json": advancedDeviceQuery, "deviceTagFilter.json": deviceTagFilter },
};
export default schema;
