/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/resourceJob.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import resourceJobExecutionOptions from '../schemas/resourceJobExecutionOptions';
import resourceJobPatch from '../schemas/resourceJobPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  cancelExecution: {
    method: 'POST', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}/cancelExecution', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'executionId', in: 'query', type: 'undefined', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'resourceJob.*', 'resourceJob.cancelExecution'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'includeWorkflows', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'resourceJob.*', 'resourceJob.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  execute: {
    method: 'POST', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}/execute', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'executionOptions', in: 'body', type: 'schema', required: true, schema: resourceJobExecutionOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'resourceJob.*', 'resourceJob.execute'],
    responses: [{ status: 200, schema: 'successWithExecutionId' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'resourceJob.*', 'resourceJob.get'],
    responses: [{ status: 200, schema: 'resourceJob' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  logs: {
    method: 'GET', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'resourceJob.*', 'resourceJob.logs'],
    responses: [{ status: 200, schema: 'resourceJobExecutionLogs' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/resource-jobs/{resourceJobId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'resourceJobId', in: 'path', type: 'string', required: true },
      { name: 'resourceJob', in: 'body', type: 'schema', required: true, schema: resourceJobPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'resourceJob.*', 'resourceJob.patch'],
    responses: [{ status: 201, schema: 'resourceJob' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
