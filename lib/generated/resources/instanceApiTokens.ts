/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceApiTokens.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import apiTokenPost from '../schemas/apiTokenPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances/{instanceId}/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'status', 'id', 'creationDate', 'lastUpdated', 'expirationDate'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceApiTokens.*', 'instanceApiTokens.get'],
    responses: [{ status: 200, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/instances/{instanceId}/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'apiToken', in: 'body', type: 'schema', required: true, schema: apiTokenPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceApiTokens.*', 'instanceApiTokens.post'],
    responses: [{ status: 201, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
