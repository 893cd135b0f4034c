/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/experienceView.json. Regenerate with: npm run build:validators
import type { SchemaDocument } from '../../validation/types';

const schema: SchemaDocument = {
  name: "experienceView",
  root: JSON.parse('{"type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"experienceViewId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"applicationId":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"createdById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"createdByType":{"type":"string","enum":["flow","user","apiToken"]},"lastUpdatedById":{"type":"string","pattern":"^[A-Fa-f\\\\d]{24}$"},"lastUpdatedByType":{"type":"string","enum":["flow","user","apiToken"]},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"viewType":{"type":"string","enum":["layout","page","component"]},"layoutId":{"type":["string","null"],"pattern":"^[A-Fa-f\\\\d]{24}$"},"layoutName":{"type":"string","minLength":1,"maxLength":255},"body":{"type":"string","maxLength":131072},"viewTags":{"type":"object","patternProperties":{"^[0-9a-zA-Z_-]{1,255}$":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false},"headers":{"type":"object","properties":{"content-type":{"type":"string","minLength":1,"maxLength":255}},"additionalProperties":false}}}'),
  refs: {},
};
export default schema;
