/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/flowsImportResult.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import flow from './flow';
import flowVersion from './flowVersion';

const schema: SchemaDocument = {
  name: "flowsImportResult",
  root: JSON.parse('{"type":"object","properties":{"flows":{"maxItems":1000,"type":"array","items":{"$ref":"flow.json"}},"flowVersions":{"maxItems":1000,"type":"array","items":{"$ref":"flowVersion.json"}},"importedFlowIdMap":{"type":"object","patternProperties":{"^[A-Fa-f\\\\d]{24}$":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}},"importedVersionIdMap":{"type":"object","patternProperties":{"^[A-Fa-f\\\\d]{24}$":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}}}'),
  refs: { "flow.json": flow, "flowVersion.json": flowVersion },
};
export default schema;
