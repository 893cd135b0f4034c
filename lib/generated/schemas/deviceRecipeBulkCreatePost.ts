/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/deviceRecipeBulkCreatePost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "deviceRecipeBulkCreatePost",
  root: JSON.parse('{"type":"object","properties":{"csv":{"type":"string"},"count":{"type":"integer"},"nameColumn":{"type":"string","maxLength":255},"descriptionColumn":{"type":"string","maxLength":255},"gatewayIdColumn":{"type":"string","maxLength":255},"parentIdColumn":{"type":"string","maxLength":255},"makeUniqueKeySecret":{"type":"boolean"},"email":{"type":"string","format":"email","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"gatewayId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"parentId":{"oneOf":[{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},{"type":"null"}]}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
