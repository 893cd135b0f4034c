/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationKeys.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedApplicationKeyQuery from '../schemas/advancedApplicationKeyQuery';
import applicationKeyPost from '../schemas/applicationKeyPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/keys', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['key', 'status', 'id', 'creationDate', 'lastUpdated', 'name'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['key', 'status', 'name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedApplicationKeyQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationKeys.*', 'applicationKeys.get'],
    responses: [{ status: 200, schema: 'applicationKeys' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/keys', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'applicationKey', in: 'body', type: 'schema', required: true, schema: applicationKeyPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationKeys.*', 'applicationKeys.post'],
    responses: [{ status: 201, schema: 'applicationKeyPostResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
