/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/userOauthTokens.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import userOauthTokenPost from '../schemas/userOauthTokenPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/me/oauth-tokens', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'status', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read', 'userOauthTokens.*', 'userOauthTokens.get'],
    responses: [{ status: 200, schema: 'userOauthTokens' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/me/oauth-tokens', transport: 'json', query: HAL,
    params: [
      { name: 'oauthToken', in: 'body', type: 'schema', required: true, schema: userOauthTokenPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userOauthTokens.*', 'userOauthTokens.post'],
    responses: [{ status: 201, schema: 'userOauthToken' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
