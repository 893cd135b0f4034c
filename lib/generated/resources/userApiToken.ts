/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/userApiToken.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import apiTokenPatch from '../schemas/apiTokenPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/me/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userApiToken.*', 'userApiToken.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/me/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read', 'userApiToken.*', 'userApiToken.get'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/me/tokens/{apiTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'apiTokenId', in: 'path', type: 'string', required: true },
      { name: 'apiToken', in: 'body', type: 'schema', required: true, schema: apiTokenPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userApiToken.*', 'userApiToken.patch'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
