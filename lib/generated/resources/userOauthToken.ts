/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/userOauthToken.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import userOauthTokenPatch from '../schemas/userOauthTokenPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/me/oauth-tokens/{oauthTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'oauthTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userOauthToken.*', 'userOauthToken.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/me/oauth-tokens/{oauthTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'oauthTokenId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read', 'userOauthToken.*', 'userOauthToken.get'],
    responses: [{ status: 200, schema: 'userOauthToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/me/oauth-tokens/{oauthTokenId}', transport: 'json', query: HAL,
    params: [
      { name: 'oauthTokenId', in: 'path', type: 'string', required: true },
      { name: 'oauthToken', in: 'body', type: 'schema', required: true, schema: userOauthTokenPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userOauthToken.*', 'userOauthToken.patch'],
    responses: [{ status: 200, schema: 'userOauthToken' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
