/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/authedDevice.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "authedDevice",
  root: JSON.parse('{"type":"object","properties":{"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"deviceClass":{"type":"string","enum":["standalone","gateway","peripheral","floating","edgeCompute","system","embedded"]},"token":{"type":"string","minLength":1},"ownerType":{"type":"string","enum":["user","organization"]},"filterType":{"oneOf":[{"type":"string","enum":["all","whitelist","blacklist"]},{"type":"string","enum":["none"]}]},"pubTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}},"subTopics":{"type":"array","items":{"type":"string","minLength":1,"maxLength":1024}}},"required":["applicationId","deviceId","deviceClass","token"]}'),
  refs: {},
};
export default schema;
