/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationSearchResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationSearchResult",
  root: JSON.parse('{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"name":{"type":"string"},"metadata":{"type":"object"},"viewType":{"type":"string"},"version":{"type":"string"},"_type":{"type":"string","enum":["applicationApiToken","dashboard","dataTable","deviceRecipe","device","experienceDomain","event","experienceEndpoint","experienceGroup","experienceSlug","experienceUser","experienceVersion","experienceView","file","flow","integration","webhook","notebook"]}},"required":["id","name","_type"]}}'),
  refs: {},
};
export default schema;
