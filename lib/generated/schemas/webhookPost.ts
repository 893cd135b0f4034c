/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/webhookPost.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "webhookPost",
  root: JSON.parse('{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"responseCode":{"type":"integer","minimum":100,"maximum":599},"verificationType":{"type":"string","enum":["facebook","fitbit","none","twilio","alexa"]},"verificationCode":{"type":"string","maxLength":32767},"waitForReply":{"type":"boolean"},"basicAuthUsername":{"type":"string","maxLength":255},"basicAuthPassword":{"type":"string","maxLength":255},"isWebsocket":{"type":"boolean"},"castBuffersAs":{"type":"string","enum":["array","binary","utf8","base64","hex"]},"annotateMultipart":{"type":"boolean"},"enabled":{"type":"boolean"}},"required":["name"],"additionalProperties":false}'),
  refs: {},
};
export default schema;
