/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/userApiTokens.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import apiTokenPost from '../schemas/apiTokenPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/me/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'status', 'id', 'creationDate', 'lastUpdated', 'expirationDate'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read', 'userApiTokens.*', 'userApiTokens.get'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/me/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'apiToken', in: 'body', type: 'schema', required: true, schema: apiTokenPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'only.User', 'userApiTokens.*', 'userApiTokens.post'],
    responses: [{ status: 201, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
