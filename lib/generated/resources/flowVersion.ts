/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/flowVersion.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import flowVersionPatch from '../schemas/flowVersionPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flowVersion.*', 'flowVersion.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  errors: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}/errors', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flowVersion.*', 'flowVersion.errors'],
    responses: [{ status: 200, schema: 'flowErrors' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flowVersion.*', 'flowVersion.get'],
    responses: [{ status: 200, schema: 'flowVersion' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getLogEntries: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flowVersion.*', 'flowVersion.log'],
    responses: [{ status: 200, schema: 'flowLog' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'flowVersion', in: 'body', type: 'schema', required: true, schema: flowVersionPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flowVersion.*', 'flowVersion.patch'],
    responses: [{ status: 200, schema: 'flowVersion' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  stats: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/versions/{flowVersionId}/stats', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersionId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string' },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flowVersion.*', 'flowVersion.stats'],
    responses: [{ status: 200, schema: 'flowStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
