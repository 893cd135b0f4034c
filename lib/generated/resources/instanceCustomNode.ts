/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceCustomNode.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instanceCustomNodePatch from '../schemas/instanceCustomNodePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/nodes/{instanceCustomNodeId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNodeId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceCustomNode.*', 'instanceCustomNode.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  errors: {
    method: 'GET', path: '/instances/{instanceId}/nodes/{instanceCustomNodeId}/errors', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNodeId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceCustomNode.*', 'instanceCustomNode.errors'],
    responses: [{ status: 200, schema: 'flowErrors' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/nodes/{instanceCustomNodeId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNodeId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceCustomNode.*', 'instanceCustomNode.get'],
    responses: [{ status: 200, schema: 'instanceCustomNode' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/nodes/{instanceCustomNodeId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNodeId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNode', in: 'body', type: 'schema', required: true, schema: instanceCustomNodePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceCustomNode.*', 'instanceCustomNode.patch'],
    responses: [{ status: 200, schema: 'instanceCustomNode' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  stats: {
    method: 'GET', path: '/instances/{instanceId}/nodes/{instanceCustomNodeId}/stats', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instanceCustomNodeId', in: 'path', type: 'string', required: true },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceCustomNode.*', 'instanceCustomNode.stats'],
    responses: [{ status: 200, schema: 'flowStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
