/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/webhook.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "webhook",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"webhookId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"token":{"type":"string","minLength":1},"responseCode":{"type":"integer","minimum":100,"maximum":599},"verificationType":{"type":"string","enum":["facebook","fitbit","none","twilio","alexa"]},"verificationCode":{"type":"string","maxLength":32767},"waitForReply":{"type":"boolean"},"basicAuthUsername":{"type":"string","maxLength":255},"basicAuthPassword":{"type":"string","maxLength":255},"isWebsocket":{"type":"boolean"},"castBuffersAs":{"type":"string","enum":["array","binary","utf8","base64","hex"]},"annotateMultipart":{"type":"boolean"},"enabled":{"type":"boolean"}}}'),
  refs: {},
};
export default schema;
