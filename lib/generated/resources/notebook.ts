/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/notebook.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import notebookDataExportOptions from '../schemas/notebookDataExportOptions';
import notebookExecutionOptions from '../schemas/notebookExecutionOptions';
import notebookPatch from '../schemas/notebookPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  cancelExecution: {
    method: 'POST', path: '/applications/{applicationId}/notebooks/{notebookId}/cancelExecution', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'executionId', in: 'query', type: 'undefined', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'notebook.*', 'notebook.execute'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/notebooks/{notebookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'notebook.*', 'notebook.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  execute: {
    method: 'POST', path: '/applications/{applicationId}/notebooks/{notebookId}/execute', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'executionOptions', in: 'body', type: 'schema', required: true, schema: notebookExecutionOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'notebook.*', 'notebook.execute'],
    responses: [{ status: 200, schema: 'successWithExecutionId' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/notebooks/{notebookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'notebook.*', 'notebook.get'],
    responses: [{ status: 200, schema: 'notebook' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  logs: {
    method: 'GET', path: '/applications/{applicationId}/notebooks/{notebookId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'notebook.*', 'notebook.logs'],
    responses: [{ status: 200, schema: 'notebookExecutionLogs' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/applications/{applicationId}/notebooks/{notebookId}/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'notebook.*', 'notebook.notebookMinuteCounts'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/notebooks/{notebookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'notebook', in: 'body', type: 'schema', required: true, schema: notebookPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'notebook.*', 'notebook.patch'],
    responses: [{ status: 200, schema: 'notebook' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  requestInputDataExport: {
    method: 'POST', path: '/applications/{applicationId}/notebooks/{notebookId}/requestInputDataExport', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'exportOptions', in: 'body', type: 'schema', required: true, schema: notebookDataExportOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'notebook.*', 'notebook.requestInputDataExport'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  upload: {
    method: 'POST', path: '/applications/{applicationId}/notebooks/{notebookId}/upload', transport: 'multipart', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'notebookId', in: 'path', type: 'string', required: true },
      { name: 'jupyterFile', in: 'formData', type: 'file', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'notebook.*', 'notebook.upload'],
    responses: [{ status: 200, schema: 'notebook' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
