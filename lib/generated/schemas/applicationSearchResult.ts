/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationSearchResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationSearchResult",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string"},"metadata":{"type":"object","properties":{"descriptor":{"type":"string"},"parentDirectory":{"type":"string"},"contentType":{"type":"string"}}},"version":{"type":"string"},"viewType":{"type":"string","enum":["layout","page","component"]},"flowClass":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},"deviceClass":{"type":"string","enum":["cloud","edge","embedded","experience","customNode"]},"_type":{"type":"string","enum":["applicationApiToken","credential","dashboard","dataTable","deviceRecipe","device","experienceDomain","event","experienceEndpoint","experienceGroup","experienceSlug","experienceUser","experienceVersion","experienceView","file","flow","integration","notebook","resourceJob","webhook"]}},"required":["id","name","_type"]}}'),
  refs: {},
};
export default schema;
