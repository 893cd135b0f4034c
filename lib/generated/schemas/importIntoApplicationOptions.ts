/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/importIntoApplicationOptions.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "importIntoApplicationOptions",
  root: JSON.parse('{"type":"object","properties":{"fromApplicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"importUrl":{"type":"string","format":"uri","maxLength":1024},"callbackUrl":{"type":"string","format":"uri","maxLength":1024},"conflictBehavior":{"type":"string","enum":["create","error","retain","replace"]},"dryRun":{"type":"boolean"},"forceJob":{"type":"boolean"},"include":{"type":"array","items":{"enum":["ApplicationCertificateAuthority","Dashboard","DataTableRow","DataTable","DeviceRecipe","Device","ExperienceDevelopConfig","ExperienceEndpoint","ExperienceFlowVersion","ExperienceGroup","ExperienceUser","ExperienceVersion","ExperienceView","File","FlowVersion","Flow","Global","Integration","Notebook","PrivateFile","Webhook","ResourceJob"]},"uniqueItems":true},"credentialName":{"type":"string","maxLength":255},"repo":{"type":"object","properties":{"branch":{"type":"string","maxLength":255},"directory":{"type":"string","maxLength":1024}}}},"additionalProperties":false}'),
  refs: {},
};
export default schema;
