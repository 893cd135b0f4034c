/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceApiToken.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import apiTokenPatch from '../schemas/apiTokenPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceApiToken.*', 'instanceApiToken.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceApiToken.*', 'instanceApiToken.get'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'apiToken', in: 'body', type: 'schema', required: true, schema: apiTokenPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceApiToken.*', 'instanceApiToken.patch'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
