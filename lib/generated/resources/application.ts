/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/application.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import applicationApplyTemplatePatch from '../schemas/applicationApplyTemplatePatch';
import applicationClonePost from '../schemas/applicationClonePost';
import applicationExportPost from '../schemas/applicationExportPost';
import applicationGlobalPatch from '../schemas/applicationGlobalPatch';
import applicationPatch from '../schemas/applicationPatch';
import applicationReadmePatch from '../schemas/applicationReadmePatch';
import importIntoApplicationOptions from '../schemas/importIntoApplicationOptions';
import mqttPublishBody from '../schemas/mqttPublishBody';

const HAL = { _actions: false, _links: true, _embedded: true };
const NONE = {};

const actions: ResourceActions = {
  applyTemplate: {
    method: 'PATCH', path: '/applications/{applicationId}/applyTemplate', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: applicationApplyTemplatePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.applyTemplate'],
    responses: [{ status: 200, schema: 'application' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  archiveData: {
    method: 'GET', path: '/applications/{applicationId}/archiveData', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'date', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.archiveData'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  backfillArchiveData: {
    method: 'GET', path: '/applications/{applicationId}/backfillArchiveData', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.backfillArchiveData'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  clone: {
    method: 'POST', path: '/applications/{applicationId}/clone', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', schema: applicationClonePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.clone'],
    responses: [{ status: 200, schema: 'applicationCloneDryRunResult' }, { status: 201, schema: 'applicationCreationByTemplateResult' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 422, schema: 'validationErrors' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  deviceCounts: {
    method: 'GET', path: '/applications/{applicationId}/deviceCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.deviceCounts'],
    responses: [{ status: 200, schema: 'deviceCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  export: {
    method: 'POST', path: '/applications/{applicationId}/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: applicationExportPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.export'],
    responses: [{ status: 200, schema: 'applicationExportResult' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  fullDataTablesArchive: {
    method: 'GET', path: '/applications/{applicationId}/fullDataTablesArchive', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.fullDataTablesArchive'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  fullEventsArchive: {
    method: 'GET', path: '/applications/{applicationId}/fullEventsArchive', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.fullEventsArchive'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'application.*', 'application.get'],
    responses: [{ status: 200, schema: 'application' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  globals: {
    method: 'PATCH', path: '/applications/{applicationId}/globals', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'globals', in: 'body', type: 'schema', required: true, schema: applicationGlobalPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'application.*', 'application.patch'],
    responses: [{ status: 200, schema: 'application' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  import: {
    method: 'POST', path: '/applications/{applicationId}/import', transport: 'multipart', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'importBundle', in: 'formData', type: 'file' },
      { name: 'email', in: 'formData', type: 'string' },
      { name: 'options', in: 'formData', type: 'schema', encode: 'json', schema: importIntoApplicationOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.import'],
    responses: [{ status: 200, schema: 'application' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  importLogs: {
    method: 'GET', path: '/applications/{applicationId}/importLogs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.importLogs'],
    responses: [{ status: 200, schema: 'applicationImportExecutions' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  mqttPublishMessage: {
    method: 'POST', path: '/applications/{applicationId}/mqttPublishMessage', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'payload', in: 'body', type: 'schema', required: true, schema: mqttPublishBody },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'application.*', 'application.mqttPublishMessage'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/applications/{applicationId}/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.notebookMinuteCounts'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'application', in: 'body', type: 'schema', required: true, schema: applicationPatch },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'application.*', 'application.patch'],
    responses: [{ status: 200, schema: 'application' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/applications/{applicationId}/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.payloadCounts'],
    responses: [{ status: 200, schema: 'payloadStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/applications/{applicationId}/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.payloadCountsBreakdown'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  readme: {
    method: 'GET', path: '/applications/{applicationId}/readme', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'application.*', 'application.get'],
    responses: [{ status: 200, schema: 'applicationReadme' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  readmePatch: {
    method: 'PATCH', path: '/applications/{applicationId}/readme', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'readme', in: 'body', type: 'schema', required: true, schema: applicationReadmePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'application.*', 'application.patch'],
    responses: [{ status: 200, schema: 'applicationReadme' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  search: {
    method: 'GET', path: '/applications/{applicationId}/search', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'filter', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.search'],
    responses: [{ status: 200, schema: 'applicationSearchResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  mqttSubscriptionStream: {
    method: 'GET', path: '/applications/{applicationId}/mqttSubscriptionStream', transport: 'eventStream', query: NONE,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'keepAliveInterval', in: 'query', type: 'string' },
      { name: 'topic', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'application.*', 'application.mqttSubscriptionStream'],
    responses: [], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    events: [{ event: 'mqttMessage', schema: 'mqttPublishBody' }],
  },
};
export default actions;
