/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationClonePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "applicationClonePost",
  root: JSON.parse('{"type":"object","properties":{"dryRun":{"type":"boolean"},"includeFiles":{"type":"boolean"},"includePrivateFiles":{"type":"boolean"},"includeDataTableRows":{"type":"boolean"},"includeDevices":{"type":"boolean"},"ownerId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]},"ownerType":{"type":"string","enum":["user","organization"]},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"forceJob":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
