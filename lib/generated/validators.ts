/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: schemas/*.json. Regenerate with: npm run build:validators
// @ts-nocheck
// Ajv standalone validators; self-contained (imports nothing).

/** One validation failure, in Ajv's error format. */
export interface ValidationIssue {
  /** JSON Pointer to the failing value within the validated data ("" for the root). */
  instancePath: string;
  /** JSON Pointer to the failing keyword within the schema. */
  schemaPath: string;
  /** The failing keyword, e.g. "required", "enum", "additionalProperties", "format". */
  keyword: string;
  /** Keyword-specific details, e.g. { missingProperty }, { allowedValues }, { additionalProperty }. */
  params: Record<string, any>;
  message?: string;
}

/** Validates data against one schema; after a failure, `errors` holds the first problem found. */
export interface ValidateFunction {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}

/** Base name of a schema file under schemas/. */
export type SchemaName =
  | "deviceCounts"
  | "error"
  | "notebookMinuteCounts"
  | "org"
  | "orgInvitePost"
  | "orgInvites"
  | "orgMemberPatch"
  | "orgPatch"
  | "payloadCountsBreakdown"
  | "payloadStats"
  | "resourceTransfer"
  | "success";

// Unicode code point length of a string (for minLength / maxLength).
function ucs2length(str) {
  var length = 0;
  var i = 0;
  while (i < str.length) {
    var c = str.charCodeAt(i);
    i++;
    length++;
    if (c >= 0xd800 && c <= 0xdbff && i < str.length) {
      var next = str.charCodeAt(i);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}

// Checkers for the "date-time", "email" and "uri" formats.
const inlineFormats = (function createFormats() {
  // RFC 3339 date-time; the time zone (Z or +hh:mm / -hh:mm) is required.
  // RFC 3339 section 5.6 allows "t" and (by note) a space instead of "T".
  var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
  var DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  // Dot-atom local part @ dotted host name (at least two labels, each 1-63
  // letters, digits or hyphens, not starting or ending with a hyphen).
  var EMAIL = /^[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
  // Absolute URI (RFC 3986): scheme ":" then only characters a URI may
  // contain (unreserved, reserved, percent-escapes), at most one "#".
  var URI = /^[A-Za-z][A-Za-z\d+.-]*:(?:[A-Za-z\d\-._~!$&'()*+,;=:@\/?[\]]|%[\dA-Fa-f]{2})*(?:#(?:[A-Za-z\d\-._~!$&'()*+,;=:@\/?]|%[\dA-Fa-f]{2})*)?$/;

  function dateTime(str) {
    var m = DATE_TIME.exec(str);
    if (!m) return false;
    var year = +m[1];
    var month = +m[2];
    var day = +m[3];
    var hour = +m[4];
    var minute = +m[5];
    var second = +m[6];
    var leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (month < 1 || month > 12 || day < 1) return false;
    if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month])) return false;
    if (hour > 23 || minute > 59 || second > 60) return false;
    var offset = 0;
    if (m[7]) {
      if (+m[8] > 23 || +m[9] > 59) return false;
      offset = (m[7] === '-' ? -1 : 1) * (+m[8] * 60 + +m[9]);
    }
    if (second === 60) {
      // A leap second can only be 23:59:60 UTC.
      var utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
      if (utc !== 23 * 60 + 59) return false;
    }
    return true;
  }

  function email(str) {
    return EMAIL.test(str);
  }

  function uri(str) {
    return URI.test(str);
  }

  return { 'date-time': dateTime, email: email, uri: uri };
})();

const formats0 = inlineFormats["date-time"];

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start !== undefined){
let data0 = data.start;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate21.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data1 = data.end;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0(data1))){
validate21.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data2 = data.counts;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.date !== undefined){
let data4 = data3.date;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data4 === "string"){
if(!(formats0(data4))){
validate21.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.created !== undefined){
let data5 = data3.created;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate21.errors = [{instancePath:instancePath+"/counts/" + i0+"/created",schemaPath:"#/properties/counts/items/properties/created/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.deleted !== undefined){
let data6 = data3.deleted;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate21.errors = [{instancePath:instancePath+"/counts/" + i0+"/deleted",schemaPath:"#/properties/counts/items/properties/deleted/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.total !== undefined){
let data7 = data3.total;
const _errs15 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate21.errors = [{instancePath:instancePath+"/counts/" + i0+"/total",schemaPath:"#/properties/counts/items/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/counts/" + i0,schemaPath:"#/properties/counts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
const _errs1 = errors;
if(typeof data.type !== "string"){
validate22.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
const _errs3 = errors;
if(typeof data.message !== "string"){
validate22.errors = [{instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start !== undefined){
let data0 = data.start;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate23.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data1 = data.end;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0(data1))){
validate23.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data2 = data.counts;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs7 = errors;
if(errors === _errs7){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.date !== undefined){
let data4 = data3.date;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data4 === "string"){
if(!(formats0(data4))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs9 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.minutes !== undefined){
let data5 = data3.minutes;
const _errs11 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/minutes",schemaPath:"#/properties/counts/items/properties/minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs11 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.completed !== undefined){
let data6 = data3.completed;
const _errs13 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/completed",schemaPath:"#/properties/counts/items/properties/completed/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs13 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.canceled !== undefined){
let data7 = data3.canceled;
const _errs15 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/canceled",schemaPath:"#/properties/counts/items/properties/canceled/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.errored !== undefined){
let data8 = data3.errored;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/errored",schemaPath:"#/properties/counts/items/properties/errored/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data3.timeout !== undefined){
let data9 = data3.timeout;
const _errs19 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate23.errors = [{instancePath:instancePath+"/counts/" + i0+"/timeout",schemaPath:"#/properties/counts/items/properties/timeout/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/counts/" + i0,schemaPath:"#/properties/counts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

const schema9 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://losant-org-client/schemas/org.json","type":"object","properties":{"id":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"orgId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"creationDate":{"type":"string","format":"date-time"},"lastUpdated":{"type":"string","format":"date-time"},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":32767},"members":{"type":"array","items":{"$ref":"#/definitions/organizationMember"}},"limits":{"type":"object","properties":{"apitoken":{"type":"integer","minimum":0},"application":{"type":"integer","minimum":0},"applicationkey":{"type":"integer","minimum":0},"dashboard":{"type":"integer","minimum":0},"datatable":{"type":"integer","minimum":0},"device":{"type":"integer","minimum":0},"devicerecipe":{"type":"integer","minimum":0},"experiencedomain":{"type":"integer","minimum":0},"experienceendpoint":{"type":"integer","minimum":0},"experiencegroup":{"type":"integer","minimum":0},"experienceslug":{"type":"integer","minimum":0},"experienceuser":{"type":"integer","minimum":0},"experienceversion":{"type":"integer","minimum":0},"experienceview":{"type":"integer","minimum":0},"file":{"type":"integer","minimum":0},"flow":{"type":"integer","minimum":0},"integration":{"type":"integer","minimum":0},"notebook":{"type":"integer","minimum":0},"resourcejob":{"type":"integer","minimum":0},"webhook":{"type":"integer","minimum":0},"dataTTL":{"type":"integer","minimum":86400},"member":{"type":"integer","minimum":0},"payload":{"type":"integer","minimum":0},"storage":{"type":"integer","minimum":0},"notebookMinutesPerRun":{"type":"integer","minimum":0},"notebookMinutesPerMonth":{"type":"integer","minimum":0},"notebookInParallel":{"type":"integer","minimum":0},"experienceFlowSlots":{"type":"integer","minimum":0},"applicationFlowSlots":{"type":"integer","minimum":0}},"additionalProperties":false},"summary":{"type":"object","properties":{"apiTokenCount":{"type":"integer"},"appCount":{"type":"integer"},"dashCount":{"type":"integer"},"dataTableCount":{"type":"integer"},"deviceCount":{"type":"integer"},"deviceRecipeCount":{"type":"integer"},"experienceDomainCount":{"type":"integer"},"experienceEndpointCount":{"type":"integer"},"experienceGroupCount":{"type":"integer"},"experienceSlugCount":{"type":"integer"},"experienceUserCount":{"type":"integer"},"experienceVersionCount":{"type":"integer"},"experienceViewCount":{"type":"integer"},"fileCount":{"type":"integer"},"flowCount":{"type":"integer"},"integrationCount":{"type":"integer"},"keyCount":{"type":"integer"},"memberCount":{"type":"integer"},"payloadCount":{"type":"object","properties":{"dataTable":{"$ref":"#/definitions/countsBySource"},"deviceCommand":{"$ref":"#/definitions/countsBySource"},"deviceConnect":{"$ref":"#/definitions/countsBySource"},"deviceDisconnect":{"$ref":"#/definitions/countsBySource"},"deviceState":{"$ref":"#/definitions/countsBySource"},"endpoint":{"$ref":"#/definitions/countsBySource"},"event":{"$ref":"#/definitions/countsBySource"},"flowError":{"$ref":"#/definitions/countsBySource"},"integration":{"$ref":"#/definitions/countsBySource"},"mqttIn":{"$ref":"#/definitions/countsBySource"},"mqttOut":{"$ref":"#/definitions/countsBySource"},"notebook":{"$ref":"#/definitions/countsBySource"},"timer":{"$ref":"#/definitions/countsBySource"},"virtualButton":{"$ref":"#/definitions/countsBySource"},"webhook":{"$ref":"#/definitions/countsBySource"},"resourceJob":{"$ref":"#/definitions/countsBySource"}}},"pendingInviteCount":{"type":"integer"},"storageStats":{"type":"object","properties":{"count":{"type":"integer"},"size":{"type":"integer"}}},"webhookCount":{"type":"integer"}}},"planId":{"type":"string","maxLength":1024},"billingEmail":{"type":"string","format":"email","maxLength":1024},"subscriptionStatus":{"type":"string","enum":["trialing","active","past_due","canceled","unpaid"]},"currentPeriodStart":{"type":"string","format":"date-time"},"currentPeriodEnd":{"type":"string","format":"date-time"},"isEnterprise":{"type":"boolean"},"iconColor":{"type":"string","maxLength":64},"whitelistedEmailDomains":{"type":"array","items":{"type":"string","minLength":3,"maxLength":45}},"disabledAt":{"oneOf":[{"type":"boolean","enum":[false]},{"type":"string","format":"date-time"}]},"isReadOnly":{"type":"boolean"}},"definitions":{"organizationMember":{"type":"object","properties":{"userId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"firstName":{"type":"string","minLength":1,"maxLength":1024},"lastName":{"type":"string","maxLength":1024},"email":{"type":"string","format":"email","maxLength":1024},"avatarUrl":{"type":"string","format":"uri","maxLength":1024},"role":{"$ref":"#/definitions/orgRole"},"applicationRoles":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/resourceRole"}},"dashboardRoles":{"type":"array","maxItems":1000,"items":{"$ref":"#/definitions/resourceRole"}},"twoFactorAuthEnabled":{"type":"boolean"},"ssoLinked":{"type":"boolean"}}},"orgRole":{"type":"string","enum":["admin","edit","collaborate","view","none"]},"resourceRole":{"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false},"countsBySource":{"type":"object","additionalProperties":{"type":"number"}}}};
const pattern0 = new RegExp("^[A-Fa-f\\d]{24}$", "u");
const formats16 = inlineFormats.email;
const func2 = ucs2length;
const func10 = Object.prototype.hasOwnProperty;
const formats18 = inlineFormats.uri;
const schema11 = {"type":"string","enum":["admin","edit","collaborate","view","none"]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "admin") || (data === "edit")) || (data === "collaborate")) || (data === "view")) || (data === "none"))){
validate26.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema11.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.resourceId === undefined) && (missing0 = "resourceId")) || ((data.role === undefined) && (missing0 = "role"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "resourceId") || (key0 === "role"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resourceId !== undefined){
let data0 = data.resourceId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate28.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate28.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate28.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "collaborate") || (data1 === "view")) || (data1 === "none"))){
validate28.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema12.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate25.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.firstName !== undefined){
let data1 = data.firstName;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) > 1024){
validate25.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(func2(data1) < 1){
validate25.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/firstName",schemaPath:"#/properties/firstName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastName !== undefined){
let data2 = data.lastName;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(func2(data2) > 1024){
validate25.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate25.errors = [{instancePath:instancePath+"/lastName",schemaPath:"#/properties/lastName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data3 = data.email;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(func2(data3) > 1024){
validate25.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats16(data3))){
validate25.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.avatarUrl !== undefined){
let data4 = data.avatarUrl;
const _errs9 = errors;
if(errors === _errs9){
if(errors === _errs9){
if(typeof data4 === "string"){
if(func2(data4) > 1024){
validate25.errors = [{instancePath:instancePath+"/avatarUrl",schemaPath:"#/properties/avatarUrl/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats18(data4))){
validate25.errors = [{instancePath:instancePath+"/avatarUrl",schemaPath:"#/properties/avatarUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/avatarUrl",schemaPath:"#/properties/avatarUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs11 = errors;
if(!(validate26(data.role, {instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationRoles !== undefined){
let data6 = data.applicationRoles;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data6)){
if(data6.length > 1000){
validate25.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs14 = errors;
if(!(validate28(data6[i0], {instancePath:instancePath+"/applicationRoles/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid1 = _errs14 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dashboardRoles !== undefined){
let data8 = data.dashboardRoles;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data8)){
if(data8.length > 1000){
validate25.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(!(validate28(data8[i1], {instancePath:instancePath+"/dashboardRoles/" + i1,parentData:data8,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid2 = _errs17 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate25.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.twoFactorAuthEnabled !== undefined){
const _errs18 = errors;
if(typeof data.twoFactorAuthEnabled !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/twoFactorAuthEnabled",schemaPath:"#/properties/twoFactorAuthEnabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ssoLinked !== undefined){
const _errs20 = errors;
if(typeof data.ssoLinked !== "boolean"){
validate25.errors = [{instancePath:instancePath+"/ssoLinked",schemaPath:"#/properties/ssoLinked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs2 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
validate32.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate32.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.orgId !== undefined){
let data1 = data.orgId;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate24.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/orgId",schemaPath:"#/properties/orgId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creationDate !== undefined){
let data2 = data.creationDate;
const _errs5 = errors;
if(errors === _errs5){
if(errors === _errs5){
if(typeof data2 === "string"){
if(!(formats0(data2))){
validate24.errors = [{instancePath:instancePath+"/creationDate",schemaPath:"#/properties/creationDate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/creationDate",schemaPath:"#/properties/creationDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastUpdated !== undefined){
let data3 = data.lastUpdated;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data3 === "string"){
if(!(formats0(data3))){
validate24.errors = [{instancePath:instancePath+"/lastUpdated",schemaPath:"#/properties/lastUpdated/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/lastUpdated",schemaPath:"#/properties/lastUpdated/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data4 = data.name;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func2(data4) > 255){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func2(data4) < 1){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data5 = data.description;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(func2(data5) > 32767){
validate24.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 32767},message:"must NOT have more than 32767 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.members !== undefined){
let data6 = data.members;
const _errs13 = errors;
if(errors === _errs13){
if(Array.isArray(data6)){
var valid1 = true;
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
const _errs15 = errors;
if(!(validate25(data6[i0], {instancePath:instancePath+"/members/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid1 = _errs15 === errors;
if(!valid1){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.limits !== undefined){
let data8 = data.limits;
const _errs16 = errors;
if(errors === _errs16){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs18 = errors;
for(const key0 in data8){
if(!(func10.call(schema9.properties.limits.properties, key0))){
validate24.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs18 === errors){
if(data8.apitoken !== undefined){
let data9 = data8.apitoken;
const _errs19 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate24.errors = [{instancePath:instancePath+"/limits/apitoken",schemaPath:"#/properties/limits/properties/apitoken/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs19){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate24.errors = [{instancePath:instancePath+"/limits/apitoken",schemaPath:"#/properties/limits/properties/apitoken/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.application !== undefined){
let data10 = data8.application;
const _errs21 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate24.errors = [{instancePath:instancePath+"/limits/application",schemaPath:"#/properties/limits/properties/application/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs21){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate24.errors = [{instancePath:instancePath+"/limits/application",schemaPath:"#/properties/limits/properties/application/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs21 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.applicationkey !== undefined){
let data11 = data8.applicationkey;
const _errs23 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate24.errors = [{instancePath:instancePath+"/limits/applicationkey",schemaPath:"#/properties/limits/properties/applicationkey/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs23){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate24.errors = [{instancePath:instancePath+"/limits/applicationkey",schemaPath:"#/properties/limits/properties/applicationkey/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs23 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.dashboard !== undefined){
let data12 = data8.dashboard;
const _errs25 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate24.errors = [{instancePath:instancePath+"/limits/dashboard",schemaPath:"#/properties/limits/properties/dashboard/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs25){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate24.errors = [{instancePath:instancePath+"/limits/dashboard",schemaPath:"#/properties/limits/properties/dashboard/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs25 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.datatable !== undefined){
let data13 = data8.datatable;
const _errs27 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate24.errors = [{instancePath:instancePath+"/limits/datatable",schemaPath:"#/properties/limits/properties/datatable/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs27){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate24.errors = [{instancePath:instancePath+"/limits/datatable",schemaPath:"#/properties/limits/properties/datatable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs27 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.device !== undefined){
let data14 = data8.device;
const _errs29 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate24.errors = [{instancePath:instancePath+"/limits/device",schemaPath:"#/properties/limits/properties/device/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs29){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate24.errors = [{instancePath:instancePath+"/limits/device",schemaPath:"#/properties/limits/properties/device/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs29 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.devicerecipe !== undefined){
let data15 = data8.devicerecipe;
const _errs31 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate24.errors = [{instancePath:instancePath+"/limits/devicerecipe",schemaPath:"#/properties/limits/properties/devicerecipe/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs31){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate24.errors = [{instancePath:instancePath+"/limits/devicerecipe",schemaPath:"#/properties/limits/properties/devicerecipe/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs31 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experiencedomain !== undefined){
let data16 = data8.experiencedomain;
const _errs33 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate24.errors = [{instancePath:instancePath+"/limits/experiencedomain",schemaPath:"#/properties/limits/properties/experiencedomain/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
validate24.errors = [{instancePath:instancePath+"/limits/experiencedomain",schemaPath:"#/properties/limits/properties/experiencedomain/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs33 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceendpoint !== undefined){
let data17 = data8.experienceendpoint;
const _errs35 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceendpoint",schemaPath:"#/properties/limits/properties/experienceendpoint/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceendpoint",schemaPath:"#/properties/limits/properties/experienceendpoint/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs35 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experiencegroup !== undefined){
let data18 = data8.experiencegroup;
const _errs37 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate24.errors = [{instancePath:instancePath+"/limits/experiencegroup",schemaPath:"#/properties/limits/properties/experiencegroup/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate24.errors = [{instancePath:instancePath+"/limits/experiencegroup",schemaPath:"#/properties/limits/properties/experiencegroup/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs37 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceslug !== undefined){
let data19 = data8.experienceslug;
const _errs39 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceslug",schemaPath:"#/properties/limits/properties/experienceslug/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs39){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceslug",schemaPath:"#/properties/limits/properties/experienceslug/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs39 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceuser !== undefined){
let data20 = data8.experienceuser;
const _errs41 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceuser",schemaPath:"#/properties/limits/properties/experienceuser/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs41){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 < 0 || isNaN(data20)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceuser",schemaPath:"#/properties/limits/properties/experienceuser/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs41 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceversion !== undefined){
let data21 = data8.experienceversion;
const _errs43 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceversion",schemaPath:"#/properties/limits/properties/experienceversion/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs43){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 < 0 || isNaN(data21)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceversion",schemaPath:"#/properties/limits/properties/experienceversion/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs43 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceview !== undefined){
let data22 = data8.experienceview;
const _errs45 = errors;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceview",schemaPath:"#/properties/limits/properties/experienceview/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs45){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 < 0 || isNaN(data22)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceview",schemaPath:"#/properties/limits/properties/experienceview/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs45 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.file !== undefined){
let data23 = data8.file;
const _errs47 = errors;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
validate24.errors = [{instancePath:instancePath+"/limits/file",schemaPath:"#/properties/limits/properties/file/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs47){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
validate24.errors = [{instancePath:instancePath+"/limits/file",schemaPath:"#/properties/limits/properties/file/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs47 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.flow !== undefined){
let data24 = data8.flow;
const _errs49 = errors;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
validate24.errors = [{instancePath:instancePath+"/limits/flow",schemaPath:"#/properties/limits/properties/flow/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs49){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
validate24.errors = [{instancePath:instancePath+"/limits/flow",schemaPath:"#/properties/limits/properties/flow/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs49 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.integration !== undefined){
let data25 = data8.integration;
const _errs51 = errors;
if(!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))){
validate24.errors = [{instancePath:instancePath+"/limits/integration",schemaPath:"#/properties/limits/properties/integration/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs51){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
validate24.errors = [{instancePath:instancePath+"/limits/integration",schemaPath:"#/properties/limits/properties/integration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs51 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.notebook !== undefined){
let data26 = data8.notebook;
const _errs53 = errors;
if(!(((typeof data26 == "number") && (!(data26 % 1) && !isNaN(data26))) && (isFinite(data26)))){
validate24.errors = [{instancePath:instancePath+"/limits/notebook",schemaPath:"#/properties/limits/properties/notebook/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs53){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
validate24.errors = [{instancePath:instancePath+"/limits/notebook",schemaPath:"#/properties/limits/properties/notebook/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs53 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.resourcejob !== undefined){
let data27 = data8.resourcejob;
const _errs55 = errors;
if(!(((typeof data27 == "number") && (!(data27 % 1) && !isNaN(data27))) && (isFinite(data27)))){
validate24.errors = [{instancePath:instancePath+"/limits/resourcejob",schemaPath:"#/properties/limits/properties/resourcejob/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs55){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
validate24.errors = [{instancePath:instancePath+"/limits/resourcejob",schemaPath:"#/properties/limits/properties/resourcejob/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs55 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.webhook !== undefined){
let data28 = data8.webhook;
const _errs57 = errors;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
validate24.errors = [{instancePath:instancePath+"/limits/webhook",schemaPath:"#/properties/limits/properties/webhook/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs57){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 < 0 || isNaN(data28)){
validate24.errors = [{instancePath:instancePath+"/limits/webhook",schemaPath:"#/properties/limits/properties/webhook/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs57 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.dataTTL !== undefined){
let data29 = data8.dataTTL;
const _errs59 = errors;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
validate24.errors = [{instancePath:instancePath+"/limits/dataTTL",schemaPath:"#/properties/limits/properties/dataTTL/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs59){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 86400 || isNaN(data29)){
validate24.errors = [{instancePath:instancePath+"/limits/dataTTL",schemaPath:"#/properties/limits/properties/dataTTL/minimum",keyword:"minimum",params:{comparison: ">=", limit: 86400},message:"must be >= 86400"}];
return false;
}
}
}
var valid2 = _errs59 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.member !== undefined){
let data30 = data8.member;
const _errs61 = errors;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
validate24.errors = [{instancePath:instancePath+"/limits/member",schemaPath:"#/properties/limits/properties/member/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs61){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
validate24.errors = [{instancePath:instancePath+"/limits/member",schemaPath:"#/properties/limits/properties/member/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs61 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.payload !== undefined){
let data31 = data8.payload;
const _errs63 = errors;
if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){
validate24.errors = [{instancePath:instancePath+"/limits/payload",schemaPath:"#/properties/limits/properties/payload/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs63){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate24.errors = [{instancePath:instancePath+"/limits/payload",schemaPath:"#/properties/limits/properties/payload/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs63 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.storage !== undefined){
let data32 = data8.storage;
const _errs65 = errors;
if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){
validate24.errors = [{instancePath:instancePath+"/limits/storage",schemaPath:"#/properties/limits/properties/storage/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs65){
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
validate24.errors = [{instancePath:instancePath+"/limits/storage",schemaPath:"#/properties/limits/properties/storage/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs65 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.notebookMinutesPerRun !== undefined){
let data33 = data8.notebookMinutesPerRun;
const _errs67 = errors;
if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){
validate24.errors = [{instancePath:instancePath+"/limits/notebookMinutesPerRun",schemaPath:"#/properties/limits/properties/notebookMinutesPerRun/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs67){
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 < 0 || isNaN(data33)){
validate24.errors = [{instancePath:instancePath+"/limits/notebookMinutesPerRun",schemaPath:"#/properties/limits/properties/notebookMinutesPerRun/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs67 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.notebookMinutesPerMonth !== undefined){
let data34 = data8.notebookMinutesPerMonth;
const _errs69 = errors;
if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){
validate24.errors = [{instancePath:instancePath+"/limits/notebookMinutesPerMonth",schemaPath:"#/properties/limits/properties/notebookMinutesPerMonth/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs69){
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 < 0 || isNaN(data34)){
validate24.errors = [{instancePath:instancePath+"/limits/notebookMinutesPerMonth",schemaPath:"#/properties/limits/properties/notebookMinutesPerMonth/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs69 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.notebookInParallel !== undefined){
let data35 = data8.notebookInParallel;
const _errs71 = errors;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
validate24.errors = [{instancePath:instancePath+"/limits/notebookInParallel",schemaPath:"#/properties/limits/properties/notebookInParallel/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs71){
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
validate24.errors = [{instancePath:instancePath+"/limits/notebookInParallel",schemaPath:"#/properties/limits/properties/notebookInParallel/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs71 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.experienceFlowSlots !== undefined){
let data36 = data8.experienceFlowSlots;
const _errs73 = errors;
if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){
validate24.errors = [{instancePath:instancePath+"/limits/experienceFlowSlots",schemaPath:"#/properties/limits/properties/experienceFlowSlots/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs73){
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 < 0 || isNaN(data36)){
validate24.errors = [{instancePath:instancePath+"/limits/experienceFlowSlots",schemaPath:"#/properties/limits/properties/experienceFlowSlots/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs73 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data8.applicationFlowSlots !== undefined){
let data37 = data8.applicationFlowSlots;
const _errs75 = errors;
if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){
validate24.errors = [{instancePath:instancePath+"/limits/applicationFlowSlots",schemaPath:"#/properties/limits/properties/applicationFlowSlots/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs75){
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 < 0 || isNaN(data37)){
validate24.errors = [{instancePath:instancePath+"/limits/applicationFlowSlots",schemaPath:"#/properties/limits/properties/applicationFlowSlots/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid2 = _errs75 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/limits",schemaPath:"#/properties/limits/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.summary !== undefined){
let data38 = data.summary;
const _errs77 = errors;
if(errors === _errs77){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
if(data38.apiTokenCount !== undefined){
let data39 = data38.apiTokenCount;
const _errs79 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
validate24.errors = [{instancePath:instancePath+"/summary/apiTokenCount",schemaPath:"#/properties/summary/properties/apiTokenCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs79 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.appCount !== undefined){
let data40 = data38.appCount;
const _errs81 = errors;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
validate24.errors = [{instancePath:instancePath+"/summary/appCount",schemaPath:"#/properties/summary/properties/appCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs81 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.dashCount !== undefined){
let data41 = data38.dashCount;
const _errs83 = errors;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
validate24.errors = [{instancePath:instancePath+"/summary/dashCount",schemaPath:"#/properties/summary/properties/dashCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs83 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.dataTableCount !== undefined){
let data42 = data38.dataTableCount;
const _errs85 = errors;
if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){
validate24.errors = [{instancePath:instancePath+"/summary/dataTableCount",schemaPath:"#/properties/summary/properties/dataTableCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs85 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.deviceCount !== undefined){
let data43 = data38.deviceCount;
const _errs87 = errors;
if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){
validate24.errors = [{instancePath:instancePath+"/summary/deviceCount",schemaPath:"#/properties/summary/properties/deviceCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs87 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.deviceRecipeCount !== undefined){
let data44 = data38.deviceRecipeCount;
const _errs89 = errors;
if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){
validate24.errors = [{instancePath:instancePath+"/summary/deviceRecipeCount",schemaPath:"#/properties/summary/properties/deviceRecipeCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs89 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceDomainCount !== undefined){
let data45 = data38.experienceDomainCount;
const _errs91 = errors;
if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceDomainCount",schemaPath:"#/properties/summary/properties/experienceDomainCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs91 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceEndpointCount !== undefined){
let data46 = data38.experienceEndpointCount;
const _errs93 = errors;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceEndpointCount",schemaPath:"#/properties/summary/properties/experienceEndpointCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs93 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceGroupCount !== undefined){
let data47 = data38.experienceGroupCount;
const _errs95 = errors;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceGroupCount",schemaPath:"#/properties/summary/properties/experienceGroupCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs95 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceSlugCount !== undefined){
let data48 = data38.experienceSlugCount;
const _errs97 = errors;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceSlugCount",schemaPath:"#/properties/summary/properties/experienceSlugCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs97 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceUserCount !== undefined){
let data49 = data38.experienceUserCount;
const _errs99 = errors;
if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceUserCount",schemaPath:"#/properties/summary/properties/experienceUserCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs99 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceVersionCount !== undefined){
let data50 = data38.experienceVersionCount;
const _errs101 = errors;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceVersionCount",schemaPath:"#/properties/summary/properties/experienceVersionCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs101 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.experienceViewCount !== undefined){
let data51 = data38.experienceViewCount;
const _errs103 = errors;
if(!(((typeof data51 == "number") && (!(data51 % 1) && !isNaN(data51))) && (isFinite(data51)))){
validate24.errors = [{instancePath:instancePath+"/summary/experienceViewCount",schemaPath:"#/properties/summary/properties/experienceViewCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs103 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.fileCount !== undefined){
let data52 = data38.fileCount;
const _errs105 = errors;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
validate24.errors = [{instancePath:instancePath+"/summary/fileCount",schemaPath:"#/properties/summary/properties/fileCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs105 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.flowCount !== undefined){
let data53 = data38.flowCount;
const _errs107 = errors;
if(!(((typeof data53 == "number") && (!(data53 % 1) && !isNaN(data53))) && (isFinite(data53)))){
validate24.errors = [{instancePath:instancePath+"/summary/flowCount",schemaPath:"#/properties/summary/properties/flowCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs107 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.integrationCount !== undefined){
let data54 = data38.integrationCount;
const _errs109 = errors;
if(!(((typeof data54 == "number") && (!(data54 % 1) && !isNaN(data54))) && (isFinite(data54)))){
validate24.errors = [{instancePath:instancePath+"/summary/integrationCount",schemaPath:"#/properties/summary/properties/integrationCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs109 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.keyCount !== undefined){
let data55 = data38.keyCount;
const _errs111 = errors;
if(!(((typeof data55 == "number") && (!(data55 % 1) && !isNaN(data55))) && (isFinite(data55)))){
validate24.errors = [{instancePath:instancePath+"/summary/keyCount",schemaPath:"#/properties/summary/properties/keyCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs111 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.memberCount !== undefined){
let data56 = data38.memberCount;
const _errs113 = errors;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
validate24.errors = [{instancePath:instancePath+"/summary/memberCount",schemaPath:"#/properties/summary/properties/memberCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs113 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.payloadCount !== undefined){
let data57 = data38.payloadCount;
const _errs115 = errors;
if(errors === _errs115){
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
if(data57.dataTable !== undefined){
const _errs117 = errors;
if(!(validate32(data57.dataTable, {instancePath:instancePath+"/summary/payloadCount/dataTable",parentData:data57,parentDataProperty:"dataTable",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs117 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.deviceCommand !== undefined){
const _errs118 = errors;
if(!(validate32(data57.deviceCommand, {instancePath:instancePath+"/summary/payloadCount/deviceCommand",parentData:data57,parentDataProperty:"deviceCommand",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs118 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.deviceConnect !== undefined){
const _errs119 = errors;
if(!(validate32(data57.deviceConnect, {instancePath:instancePath+"/summary/payloadCount/deviceConnect",parentData:data57,parentDataProperty:"deviceConnect",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs119 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.deviceDisconnect !== undefined){
const _errs120 = errors;
if(!(validate32(data57.deviceDisconnect, {instancePath:instancePath+"/summary/payloadCount/deviceDisconnect",parentData:data57,parentDataProperty:"deviceDisconnect",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs120 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.deviceState !== undefined){
const _errs121 = errors;
if(!(validate32(data57.deviceState, {instancePath:instancePath+"/summary/payloadCount/deviceState",parentData:data57,parentDataProperty:"deviceState",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs121 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.endpoint !== undefined){
const _errs122 = errors;
if(!(validate32(data57.endpoint, {instancePath:instancePath+"/summary/payloadCount/endpoint",parentData:data57,parentDataProperty:"endpoint",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs122 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.event !== undefined){
const _errs123 = errors;
if(!(validate32(data57.event, {instancePath:instancePath+"/summary/payloadCount/event",parentData:data57,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs123 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.flowError !== undefined){
const _errs124 = errors;
if(!(validate32(data57.flowError, {instancePath:instancePath+"/summary/payloadCount/flowError",parentData:data57,parentDataProperty:"flowError",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs124 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.integration !== undefined){
const _errs125 = errors;
if(!(validate32(data57.integration, {instancePath:instancePath+"/summary/payloadCount/integration",parentData:data57,parentDataProperty:"integration",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs125 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.mqttIn !== undefined){
const _errs126 = errors;
if(!(validate32(data57.mqttIn, {instancePath:instancePath+"/summary/payloadCount/mqttIn",parentData:data57,parentDataProperty:"mqttIn",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs126 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.mqttOut !== undefined){
const _errs127 = errors;
if(!(validate32(data57.mqttOut, {instancePath:instancePath+"/summary/payloadCount/mqttOut",parentData:data57,parentDataProperty:"mqttOut",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs127 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.notebook !== undefined){
const _errs128 = errors;
if(!(validate32(data57.notebook, {instancePath:instancePath+"/summary/payloadCount/notebook",parentData:data57,parentDataProperty:"notebook",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs128 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.timer !== undefined){
const _errs129 = errors;
if(!(validate32(data57.timer, {instancePath:instancePath+"/summary/payloadCount/timer",parentData:data57,parentDataProperty:"timer",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs129 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.virtualButton !== undefined){
const _errs130 = errors;
if(!(validate32(data57.virtualButton, {instancePath:instancePath+"/summary/payloadCount/virtualButton",parentData:data57,parentDataProperty:"virtualButton",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs130 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.webhook !== undefined){
const _errs131 = errors;
if(!(validate32(data57.webhook, {instancePath:instancePath+"/summary/payloadCount/webhook",parentData:data57,parentDataProperty:"webhook",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs131 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data57.resourceJob !== undefined){
const _errs132 = errors;
if(!(validate32(data57.resourceJob, {instancePath:instancePath+"/summary/payloadCount/resourceJob",parentData:data57,parentDataProperty:"resourceJob",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid4 = _errs132 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/summary/payloadCount",schemaPath:"#/properties/summary/properties/payloadCount/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs115 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.pendingInviteCount !== undefined){
let data74 = data38.pendingInviteCount;
const _errs133 = errors;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
validate24.errors = [{instancePath:instancePath+"/summary/pendingInviteCount",schemaPath:"#/properties/summary/properties/pendingInviteCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs133 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.storageStats !== undefined){
let data75 = data38.storageStats;
const _errs135 = errors;
if(errors === _errs135){
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
if(data75.count !== undefined){
let data76 = data75.count;
const _errs137 = errors;
if(!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))){
validate24.errors = [{instancePath:instancePath+"/summary/storageStats/count",schemaPath:"#/properties/summary/properties/storageStats/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs137 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data75.size !== undefined){
let data77 = data75.size;
const _errs139 = errors;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
validate24.errors = [{instancePath:instancePath+"/summary/storageStats/size",schemaPath:"#/properties/summary/properties/storageStats/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid5 = _errs139 === errors;
}
else {
var valid5 = true;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/summary/storageStats",schemaPath:"#/properties/summary/properties/storageStats/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs135 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data38.webhookCount !== undefined){
let data78 = data38.webhookCount;
const _errs141 = errors;
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
validate24.errors = [{instancePath:instancePath+"/summary/webhookCount",schemaPath:"#/properties/summary/properties/webhookCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid3 = _errs141 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs77 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.planId !== undefined){
let data79 = data.planId;
const _errs143 = errors;
if(errors === _errs143){
if(typeof data79 === "string"){
if(func2(data79) > 1024){
validate24.errors = [{instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs143 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.billingEmail !== undefined){
let data80 = data.billingEmail;
const _errs145 = errors;
if(errors === _errs145){
if(errors === _errs145){
if(typeof data80 === "string"){
if(func2(data80) > 1024){
validate24.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats16(data80))){
validate24.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs145 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.subscriptionStatus !== undefined){
let data81 = data.subscriptionStatus;
const _errs147 = errors;
if(typeof data81 !== "string"){
validate24.errors = [{instancePath:instancePath+"/subscriptionStatus",schemaPath:"#/properties/subscriptionStatus/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data81 === "trialing") || (data81 === "active")) || (data81 === "past_due")) || (data81 === "canceled")) || (data81 === "unpaid"))){
validate24.errors = [{instancePath:instancePath+"/subscriptionStatus",schemaPath:"#/properties/subscriptionStatus/enum",keyword:"enum",params:{allowedValues: schema9.properties.subscriptionStatus.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs147 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currentPeriodStart !== undefined){
let data82 = data.currentPeriodStart;
const _errs149 = errors;
if(errors === _errs149){
if(errors === _errs149){
if(typeof data82 === "string"){
if(!(formats0(data82))){
validate24.errors = [{instancePath:instancePath+"/currentPeriodStart",schemaPath:"#/properties/currentPeriodStart/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/currentPeriodStart",schemaPath:"#/properties/currentPeriodStart/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs149 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.currentPeriodEnd !== undefined){
let data83 = data.currentPeriodEnd;
const _errs151 = errors;
if(errors === _errs151){
if(errors === _errs151){
if(typeof data83 === "string"){
if(!(formats0(data83))){
validate24.errors = [{instancePath:instancePath+"/currentPeriodEnd",schemaPath:"#/properties/currentPeriodEnd/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/currentPeriodEnd",schemaPath:"#/properties/currentPeriodEnd/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs151 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isEnterprise !== undefined){
const _errs153 = errors;
if(typeof data.isEnterprise !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/isEnterprise",schemaPath:"#/properties/isEnterprise/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs153 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iconColor !== undefined){
let data85 = data.iconColor;
const _errs155 = errors;
if(errors === _errs155){
if(typeof data85 === "string"){
if(func2(data85) > 64){
validate24.errors = [{instancePath:instancePath+"/iconColor",schemaPath:"#/properties/iconColor/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate24.errors = [{instancePath:instancePath+"/iconColor",schemaPath:"#/properties/iconColor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs155 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.whitelistedEmailDomains !== undefined){
let data86 = data.whitelistedEmailDomains;
const _errs157 = errors;
if(errors === _errs157){
if(Array.isArray(data86)){
var valid6 = true;
const len1 = data86.length;
for(let i1=0; i1<len1; i1++){
let data87 = data86[i1];
const _errs159 = errors;
if(errors === _errs159){
if(typeof data87 === "string"){
if(func2(data87) > 45){
validate24.errors = [{instancePath:instancePath+"/whitelistedEmailDomains/" + i1,schemaPath:"#/properties/whitelistedEmailDomains/items/maxLength",keyword:"maxLength",params:{limit: 45},message:"must NOT have more than 45 characters"}];
return false;
}
else {
if(func2(data87) < 3){
validate24.errors = [{instancePath:instancePath+"/whitelistedEmailDomains/" + i1,schemaPath:"#/properties/whitelistedEmailDomains/items/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/whitelistedEmailDomains/" + i1,schemaPath:"#/properties/whitelistedEmailDomains/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs159 === errors;
if(!valid6){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/whitelistedEmailDomains",schemaPath:"#/properties/whitelistedEmailDomains/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs157 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disabledAt !== undefined){
let data88 = data.disabledAt;
const _errs161 = errors;
const _errs162 = errors;
let valid7 = false;
let passing0 = null;
const _errs163 = errors;
if(typeof data88 !== "boolean"){
const err0 = {instancePath:instancePath+"/disabledAt",schemaPath:"#/properties/disabledAt/oneOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(data88 === false)){
const err1 = {instancePath:instancePath+"/disabledAt",schemaPath:"#/properties/disabledAt/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema9.properties.disabledAt.oneOf[0].enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs163 === errors;
if(_valid0){
valid7 = true;
passing0 = 0;
}
const _errs165 = errors;
if(errors === _errs165){
if(errors === _errs165){
if(typeof data88 === "string"){
if(!(formats0(data88))){
const err2 = {instancePath:instancePath+"/disabledAt",schemaPath:"#/properties/disabledAt/oneOf/1/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/disabledAt",schemaPath:"#/properties/disabledAt/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
var _valid0 = _errs165 === errors;
if(_valid0 && valid7){
valid7 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid7 = true;
passing0 = 1;
}
}
if(!valid7){
const err4 = {instancePath:instancePath+"/disabledAt",schemaPath:"#/properties/disabledAt/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate24.errors = vErrors;
return false;
}
else {
errors = _errs162;
if(vErrors !== null){
if(_errs162){
vErrors.length = _errs162;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs161 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.isReadOnly !== undefined){
const _errs167 = errors;
if(typeof data.isReadOnly !== "boolean"){
validate24.errors = [{instancePath:instancePath+"/isReadOnly",schemaPath:"#/properties/isReadOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs167 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

const schema15 = {"type":"string","enum":["admin","edit","collaborate","view","none"]};

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "admin") || (data === "edit")) || (data === "collaborate")) || (data === "view")) || (data === "none"))){
validate50.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate50.errors = vErrors;
return errors === 0;
}

const schema16 = {"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false};

function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.resourceId === undefined) && (missing0 = "resourceId")) || ((data.role === undefined) && (missing0 = "role"))){
validate52.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "resourceId") || (key0 === "role"))){
validate52.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resourceId !== undefined){
let data0 = data.resourceId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate52.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate52.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate52.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "collaborate") || (data1 === "view")) || (data1 === "none"))){
validate52.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema16.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate52.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate52.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.email === undefined) && (missing0 = "email")) || ((data.role === undefined) && (missing0 = "role"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "email") || (key0 === "role")) || (key0 === "applicationRoles")) || (key0 === "dashboardRoles")) || (key0 === "disallowTransfer"))){
validate49.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.email !== undefined){
let data0 = data.email;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 1024){
validate49.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats16(data0))){
validate49.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs4 = errors;
if(!(validate50(data.role, {instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationRoles !== undefined){
let data2 = data.applicationRoles;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length > 1000){
validate49.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate52(data2[i0], {instancePath:instancePath+"/applicationRoles/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dashboardRoles !== undefined){
let data4 = data.dashboardRoles;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
if(data4.length > 1000){
validate49.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate52(data4[i1], {instancePath:instancePath+"/dashboardRoles/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate49.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disallowTransfer !== undefined){
const _errs11 = errors;
if(typeof data.disallowTransfer !== "boolean"){
validate49.errors = [{instancePath:instancePath+"/disallowTransfer",schemaPath:"#/properties/disallowTransfer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"string","enum":["admin","edit","collaborate","view","none"]};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "admin") || (data === "edit")) || (data === "collaborate")) || (data === "view")) || (data === "none"))){
validate57.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema19.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate57.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.resourceId === undefined) && (missing0 = "resourceId")) || ((data.role === undefined) && (missing0 = "role"))){
validate59.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "resourceId") || (key0 === "role"))){
validate59.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resourceId !== undefined){
let data0 = data.resourceId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate59.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate59.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate59.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "collaborate") || (data1 === "view")) || (data1 === "none"))){
validate59.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema20.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate59.errors = vErrors;
return errors === 0;
}


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id !== undefined){
let data0 = data.id;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate56.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.email !== undefined){
let data1 = data.email;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(func2(data1) > 1024){
validate56.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats16(data1))){
validate56.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs5 = errors;
if(!(validate57(data.role, {instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationRoles !== undefined){
let data3 = data.applicationRoles;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
if(data3.length > 1000){
validate56.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
const _errs8 = errors;
if(!(validate59(data3[i0], {instancePath:instancePath+"/applicationRoles/" + i0,parentData:data3,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dashboardRoles !== undefined){
let data5 = data.dashboardRoles;
const _errs9 = errors;
if(errors === _errs9){
if(Array.isArray(data5)){
if(data5.length > 1000){
validate56.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
const _errs11 = errors;
if(!(validate59(data5[i1], {instancePath:instancePath+"/dashboardRoles/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid2 = _errs11 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate56.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.inviteDate !== undefined){
let data7 = data.inviteDate;
const _errs12 = errors;
if(errors === _errs12){
if(errors === _errs12){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate56.errors = [{instancePath:instancePath+"/inviteDate",schemaPath:"#/properties/inviteDate/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate56.errors = [{instancePath:instancePath+"/inviteDate",schemaPath:"#/properties/inviteDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.ttl !== undefined){
let data8 = data.ttl;
const _errs14 = errors;
if(!((typeof data8 == "number") && (isFinite(data8)))){
validate56.errors = [{instancePath:instancePath+"/ttl",schemaPath:"#/properties/ttl/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.hasExpired !== undefined){
const _errs16 = errors;
if(typeof data.hasExpired !== "boolean"){
validate56.errors = [{instancePath:instancePath+"/hasExpired",schemaPath:"#/properties/hasExpired/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.disallowTransfer !== undefined){
const _errs18 = errors;
if(typeof data.disallowTransfer !== "boolean"){
validate56.errors = [{instancePath:instancePath+"/disallowTransfer",schemaPath:"#/properties/disallowTransfer/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate56.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate56.errors = vErrors;
return errors === 0;
}


function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate56(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
else {
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate55.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"string","enum":["admin","edit","collaborate","view","none"]};

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate64.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((data === "admin") || (data === "edit")) || (data === "collaborate")) || (data === "view")) || (data === "none"))){
validate64.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate64.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"object","properties":{"resourceId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"role":{"type":"string","enum":["collaborate","view","none"]}},"required":["resourceId","role"],"additionalProperties":false};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.resourceId === undefined) && (missing0 = "resourceId")) || ((data.role === undefined) && (missing0 = "role"))){
validate66.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "resourceId") || (key0 === "role"))){
validate66.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.resourceId !== undefined){
let data0 = data.resourceId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate66.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate66.errors = [{instancePath:instancePath+"/resourceId",schemaPath:"#/properties/resourceId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate66.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "collaborate") || (data1 === "view")) || (data1 === "none"))){
validate66.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema23.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate66.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate66.errors = vErrors;
return errors === 0;
}


function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.userId === undefined) && (missing0 = "userId")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "role")) || (key0 === "applicationRoles")) || (key0 === "dashboardRoles"))){
validate63.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate63.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate63.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/properties/userId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
const _errs4 = errors;
if(!(validate64(data.role, {instancePath:instancePath+"/role",parentData:data,parentDataProperty:"role",rootData}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationRoles !== undefined){
let data2 = data.applicationRoles;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length > 1000){
validate63.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate66(data2[i0], {instancePath:instancePath+"/applicationRoles/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/applicationRoles",schemaPath:"#/properties/applicationRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dashboardRoles !== undefined){
let data4 = data.dashboardRoles;
const _errs8 = errors;
if(errors === _errs8){
if(Array.isArray(data4)){
if(data4.length > 1000){
validate63.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
const _errs10 = errors;
if(!(validate66(data4[i1], {instancePath:instancePath+"/dashboardRoles/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var valid2 = _errs10 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate63.errors = [{instancePath:instancePath+"/dashboardRoles",schemaPath:"#/properties/dashboardRoles/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}


function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "description")) || (key0 === "planId")) || (key0 === "billingEmail")) || (key0 === "cardToken")) || (key0 === "iconColor"))){
validate69.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) > 255){
validate69.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func2(data0) < 1){
validate69.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.description !== undefined){
let data1 = data.description;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) > 32767){
validate69.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 32767},message:"must NOT have more than 32767 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.planId !== undefined){
let data2 = data.planId;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) > 1024){
validate69.errors = [{instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/planId",schemaPath:"#/properties/planId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.billingEmail !== undefined){
let data3 = data.billingEmail;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) > 1024){
validate69.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!(formats16(data3))){
validate69.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\""}];
return false;
}
}
}
else {
validate69.errors = [{instancePath:instancePath+"/billingEmail",schemaPath:"#/properties/billingEmail/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cardToken !== undefined){
let data4 = data.cardToken;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if(func2(data4) > 1024){
validate69.errors = [{instancePath:instancePath+"/cardToken",schemaPath:"#/properties/cardToken/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/cardToken",schemaPath:"#/properties/cardToken/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iconColor !== undefined){
let data5 = data.iconColor;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(func2(data5) > 64){
validate69.errors = [{instancePath:instancePath+"/iconColor",schemaPath:"#/properties/iconColor/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate69.errors = [{instancePath:instancePath+"/iconColor",schemaPath:"#/properties/iconColor/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate69.errors = vErrors;
return errors === 0;
}

const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://losant-org-client/schemas/payloadCountsBreakdown.json","type":"object","properties":{"start":{"type":"string","format":"date-time"},"end":{"type":"string","format":"date-time"},"resolution":{"type":"number","enum":[86400000,3600000]},"asBytes":{"type":"boolean","enum":[true,false]},"includeNonBillable":{"type":"boolean","enum":[true,false]},"counts":{"type":"array","items":{"type":"object","properties":{"date":{"type":"string","format":"date-time"},"payloads":{"type":"integer"},"bytes":{"type":"number"}}}}}};

function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.start !== undefined){
let data0 = data.start;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0(data0))){
validate70.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data1 = data.end;
const _errs3 = errors;
if(errors === _errs3){
if(errors === _errs3){
if(typeof data1 === "string"){
if(!(formats0(data1))){
validate70.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resolution !== undefined){
let data2 = data.resolution;
const _errs5 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
validate70.errors = [{instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
if(!((data2 === 86400000) || (data2 === 3600000))){
validate70.errors = [{instancePath:instancePath+"/resolution",schemaPath:"#/properties/resolution/enum",keyword:"enum",params:{allowedValues: schema25.properties.resolution.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.asBytes !== undefined){
let data3 = data.asBytes;
const _errs7 = errors;
if(typeof data3 !== "boolean"){
validate70.errors = [{instancePath:instancePath+"/asBytes",schemaPath:"#/properties/asBytes/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
if(!((data3 === true) || (data3 === false))){
validate70.errors = [{instancePath:instancePath+"/asBytes",schemaPath:"#/properties/asBytes/enum",keyword:"enum",params:{allowedValues: schema25.properties.asBytes.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeNonBillable !== undefined){
let data4 = data.includeNonBillable;
const _errs9 = errors;
if(typeof data4 !== "boolean"){
validate70.errors = [{instancePath:instancePath+"/includeNonBillable",schemaPath:"#/properties/includeNonBillable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
if(!((data4 === true) || (data4 === false))){
validate70.errors = [{instancePath:instancePath+"/includeNonBillable",schemaPath:"#/properties/includeNonBillable/enum",keyword:"enum",params:{allowedValues: schema25.properties.includeNonBillable.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.counts !== undefined){
let data5 = data.counts;
const _errs11 = errors;
if(errors === _errs11){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
const _errs13 = errors;
if(errors === _errs13){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.date !== undefined){
let data7 = data6.date;
const _errs15 = errors;
if(errors === _errs15){
if(errors === _errs15){
if(typeof data7 === "string"){
if(!(formats0(data7))){
validate70.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""}];
return false;
}
}
else {
validate70.errors = [{instancePath:instancePath+"/counts/" + i0+"/date",schemaPath:"#/properties/counts/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid2 = _errs15 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.payloads !== undefined){
let data8 = data6.payloads;
const _errs17 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate70.errors = [{instancePath:instancePath+"/counts/" + i0+"/payloads",schemaPath:"#/properties/counts/items/properties/payloads/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
var valid2 = _errs17 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.bytes !== undefined){
let data9 = data6.bytes;
const _errs19 = errors;
if(!((typeof data9 == "number") && (isFinite(data9)))){
validate70.errors = [{instancePath:instancePath+"/counts/" + i0+"/bytes",schemaPath:"#/properties/counts/items/properties/bytes/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid2 = _errs19 === errors;
}
else {
var valid2 = true;
}
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/counts/" + i0,schemaPath:"#/properties/counts/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs13 === errors;
if(!valid1){
break;
}
}
}
else {
validate70.errors = [{instancePath:instancePath+"/counts",schemaPath:"#/properties/counts/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate70.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate70.errors = vErrors;
return errors === 0;
}


function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
const _errs2 = errors;
if(!((typeof data0 == "number") && (isFinite(data0)))){
validate72.errors = [{instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
var valid0 = _errs2 === errors;
if(!valid0){
break;
}
}
}
else {
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dataTable !== undefined){
const _errs1 = errors;
if(!(validate72(data.dataTable, {instancePath:instancePath+"/dataTable",parentData:data,parentDataProperty:"dataTable",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceCommand !== undefined){
const _errs2 = errors;
if(!(validate72(data.deviceCommand, {instancePath:instancePath+"/deviceCommand",parentData:data,parentDataProperty:"deviceCommand",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceConnect !== undefined){
const _errs3 = errors;
if(!(validate72(data.deviceConnect, {instancePath:instancePath+"/deviceConnect",parentData:data,parentDataProperty:"deviceConnect",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceDisconnect !== undefined){
const _errs4 = errors;
if(!(validate72(data.deviceDisconnect, {instancePath:instancePath+"/deviceDisconnect",parentData:data,parentDataProperty:"deviceDisconnect",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deviceState !== undefined){
const _errs5 = errors;
if(!(validate72(data.deviceState, {instancePath:instancePath+"/deviceState",parentData:data,parentDataProperty:"deviceState",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endpoint !== undefined){
const _errs6 = errors;
if(!(validate72(data.endpoint, {instancePath:instancePath+"/endpoint",parentData:data,parentDataProperty:"endpoint",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.event !== undefined){
const _errs7 = errors;
if(!(validate72(data.event, {instancePath:instancePath+"/event",parentData:data,parentDataProperty:"event",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.flowError !== undefined){
const _errs8 = errors;
if(!(validate72(data.flowError, {instancePath:instancePath+"/flowError",parentData:data,parentDataProperty:"flowError",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.integration !== undefined){
const _errs9 = errors;
if(!(validate72(data.integration, {instancePath:instancePath+"/integration",parentData:data,parentDataProperty:"integration",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mqttIn !== undefined){
const _errs10 = errors;
if(!(validate72(data.mqttIn, {instancePath:instancePath+"/mqttIn",parentData:data,parentDataProperty:"mqttIn",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.mqttOut !== undefined){
const _errs11 = errors;
if(!(validate72(data.mqttOut, {instancePath:instancePath+"/mqttOut",parentData:data,parentDataProperty:"mqttOut",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notebook !== undefined){
const _errs12 = errors;
if(!(validate72(data.notebook, {instancePath:instancePath+"/notebook",parentData:data,parentDataProperty:"notebook",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timer !== undefined){
const _errs13 = errors;
if(!(validate72(data.timer, {instancePath:instancePath+"/timer",parentData:data,parentDataProperty:"timer",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.virtualButton !== undefined){
const _errs14 = errors;
if(!(validate72(data.virtualButton, {instancePath:instancePath+"/virtualButton",parentData:data,parentDataProperty:"virtualButton",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.webhook !== undefined){
const _errs15 = errors;
if(!(validate72(data.webhook, {instancePath:instancePath+"/webhook",parentData:data,parentDataProperty:"webhook",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resourceJob !== undefined){
const _errs16 = errors;
if(!(validate72(data.resourceJob, {instancePath:instancePath+"/resourceJob",parentData:data,parentDataProperty:"resourceJob",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate71.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate71.errors = vErrors;
return errors === 0;
}

const schema28 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://losant-org-client/schemas/resourceTransfer.json","type":"object","properties":{"destinationId":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"},"destinationType":{"type":"string","enum":["user","organization"]},"applicationIds":{"type":"array","maxItems":1000,"items":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"}},"dashboardIds":{"type":"array","maxItems":1000,"items":{"type":"string","pattern":"^[A-Fa-f\\d]{24}$"}},"strict":{"type":"boolean"}},"required":["destinationId","destinationType"],"additionalProperties":false};

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.destinationId === undefined) && (missing0 = "destinationId")) || ((data.destinationType === undefined) && (missing0 = "destinationType"))){
validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "destinationId") || (key0 === "destinationType")) || (key0 === "applicationIds")) || (key0 === "dashboardIds")) || (key0 === "strict"))){
validate89.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.destinationId !== undefined){
let data0 = data.destinationId;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
validate89.errors = [{instancePath:instancePath+"/destinationId",schemaPath:"#/properties/destinationId/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/destinationId",schemaPath:"#/properties/destinationId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.destinationType !== undefined){
let data1 = data.destinationType;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate89.errors = [{instancePath:instancePath+"/destinationType",schemaPath:"#/properties/destinationType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data1 === "user") || (data1 === "organization"))){
validate89.errors = [{instancePath:instancePath+"/destinationType",schemaPath:"#/properties/destinationType/enum",keyword:"enum",params:{allowedValues: schema28.properties.destinationType.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationIds !== undefined){
let data2 = data.applicationIds;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 1000){
validate89.errors = [{instancePath:instancePath+"/applicationIds",schemaPath:"#/properties/applicationIds/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate89.errors = [{instancePath:instancePath+"/applicationIds/" + i0,schemaPath:"#/properties/applicationIds/items/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/applicationIds/" + i0,schemaPath:"#/properties/applicationIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate89.errors = [{instancePath:instancePath+"/applicationIds",schemaPath:"#/properties/applicationIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dashboardIds !== undefined){
let data4 = data.dashboardIds;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
if(data4.length > 1000){
validate89.errors = [{instancePath:instancePath+"/dashboardIds",schemaPath:"#/properties/dashboardIds/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate89.errors = [{instancePath:instancePath+"/dashboardIds/" + i1,schemaPath:"#/properties/dashboardIds/items/pattern",keyword:"pattern",params:{pattern: "^[A-Fa-f\\d]{24}$"},message:"must match pattern \""+"^[A-Fa-f\\d]{24}$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/dashboardIds/" + i1,schemaPath:"#/properties/dashboardIds/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs12 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate89.errors = [{instancePath:instancePath+"/dashboardIds",schemaPath:"#/properties/dashboardIds/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.strict !== undefined){
const _errs14 = errors;
if(typeof data.strict !== "boolean"){
validate89.errors = [{instancePath:instancePath+"/strict",schemaPath:"#/properties/strict/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}

const schema29 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://losant-org-client/schemas/success.json","type":"object","properties":{"success":{"type":"boolean","enum":[true]}}};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.success !== undefined){
let data0 = data.success;
if(typeof data0 !== "boolean"){
validate90.errors = [{instancePath:instancePath+"/success",schemaPath:"#/properties/success/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
if(!(data0 === true)){
validate90.errors = [{instancePath:instancePath+"/success",schemaPath:"#/properties/success/enum",keyword:"enum",params:{allowedValues: schema29.properties.success.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
else {
validate90.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate90.errors = vErrors;
return errors === 0;
}

/** Validators by schema name: validators.orgPatch(body) checks against schemas/orgPatch.json. */
export const validators: Record<SchemaName, ValidateFunction> = {
  deviceCounts: validate21,
  error: validate22,
  notebookMinuteCounts: validate23,
  org: validate24,
  orgInvitePost: validate49,
  orgInvites: validate55,
  orgMemberPatch: validate63,
  orgPatch: validate69,
  payloadCountsBreakdown: validate70,
  payloadStats: validate71,
  resourceTransfer: validate89,
  success: validate90,
};

/** Request body schema names, as the action table (lib/actions/org.ts) uses them. */
export type BodySchemaName =
  | "orgInvitePost"
  | "orgMemberPatch"
  | "orgPatch"
  | "resourceTransfer";

/** Only the request-body validators: what the client needs, so bundles leave the rest out. */
export const bodyValidators: Record<BodySchemaName, ValidateFunction> = {
  orgInvitePost: validate49,
  orgMemberPatch: validate63,
  orgPatch: validate69,
  resourceTransfer: validate89,
};
