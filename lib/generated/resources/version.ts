/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/api.json. Regenerate with: npm run build:resources
/** The version of the API description the action tables were imported from (losant-rest-js 4.2.0 at commit 529fc39). */
export const API_VERSION = '1.30.0';
