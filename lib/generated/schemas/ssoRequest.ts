/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/ssoRequest.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "ssoRequest",
  root: JSON.parse('{"type":"object","properties":{"ssoType":{"type":"string","enum":["SAML"]},"ssoRequest":{"type":"string","maxLength":32767}},"required":["ssoType","ssoRequest"]}'),
  refs: {},
};
export default schema;
