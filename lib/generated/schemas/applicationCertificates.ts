/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/applicationCertificates.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';
import applicationCertificate from './applicationCertificate';

const schema: SchemaDocument = {
  name: "applicationCertificates",
  root: JSON.parse('{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"applicationCertificate.json"}},"count":{"type":"integer"},"totalCount":{"type":"integer"},"perPage":{"type":"integer"},"page":{"type":"integer"},"filter":{"type":"string"},"filterField":{"type":"string"},"sortField":{"type":"string"},"sortDirection":{"type":"string","enum":["asc","desc","ASC","DESC",""]},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"}}}'),
  refs: { "applicationCertificate.json": applicationCertificate },
};
export default schema;
