/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/flow.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import flowPatch from '../schemas/flowPatch';
import flowStorageEntry from '../schemas/flowStorageEntry';
import virtualButtonPress from '../schemas/virtualButtonPress';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  clearStorageEntries: {
    method: 'DELETE', path: '/applications/{applicationId}/flows/{flowId}/storage', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flow.*', 'flow.clearStorageEntries'],
    responses: [{ status: 200, schema: 'flowStorageEntries' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/flows/{flowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flow.*', 'flow.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  errors: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/errors', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'flowVersion', in: 'query', type: 'string' },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.errors'],
    responses: [{ status: 200, schema: 'flowErrors' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.get'],
    responses: [{ status: 200, schema: 'flow' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getLogEntries: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.log'],
    responses: [{ status: 200, schema: 'flowLog' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getStorageEntries: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/storage', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.getStorageEntries'],
    responses: [{ status: 200, schema: 'flowStorageEntries' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getStorageEntriesMetadata: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/storage-metadata', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.getStorageEntriesMetadata'],
    responses: [{ status: 200, schema: 'flowStorageMetadata' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/flows/{flowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'flow', in: 'body', type: 'schema', required: true, schema: flowPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flow.*', 'flow.patch'],
    responses: [{ status: 200, schema: 'flow' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  pressVirtualButton: {
    method: 'POST', path: '/applications/{applicationId}/flows/{flowId}/virtualButton', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'button', in: 'body', type: 'schema', required: true, schema: virtualButtonPress },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flow.*', 'flow.pressVirtualButton'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  setStorageEntry: {
    method: 'PATCH', path: '/applications/{applicationId}/flows/{flowId}/storage', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'entry', in: 'body', type: 'schema', required: true, schema: flowStorageEntry },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flow.*', 'flow.setStorageEntry'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  stats: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/stats', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string' },
      { name: 'flowVersion', in: 'query', type: 'string' },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flow.*', 'flow.stats'],
    responses: [{ status: 200, schema: 'flowStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
