/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationApiTokens.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import apiTokenPost from '../schemas/apiTokenPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'status', 'id', 'creationDate', 'lastUpdated', 'expirationDate'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationApiTokens.*', 'applicationApiTokens.get'],
    responses: [{ status: 200, schema: 'apiTokens' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/tokens', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'apiToken', in: 'body', type: 'schema', required: true, schema: apiTokenPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Organization', 'all.User', 'applicationApiTokens.*', 'applicationApiTokens.post'],
    responses: [{ status: 201, schema: 'apiToken' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
