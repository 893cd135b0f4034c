/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/importNewApplicationOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "importNewApplicationOptions",
  root: JSON.parse('{"type":"object","properties":{"importUrl":{"type":"string","format":"uri","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"include":{"type":"array","items":{"enum":["ApplicationCertificateAuthority","Dashboard","DataTableRow","DataTable","DeviceRecipe","Device","ExperienceDevelopConfig","ExperienceEndpoint","ExperienceFlowVersion","ExperienceGroup","ExperienceUser","ExperienceVersion","ExperienceView","File","FlowVersion","Flow","Global","Integration","Notebook","PrivateFile","Webhook","ResourceJob"]},"uniqueItems":true},"forceJob":{"type":"boolean"}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
