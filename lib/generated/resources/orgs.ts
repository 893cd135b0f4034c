/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/orgs.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import orgPost from '../schemas/orgPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/orgs', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'only.User', 'only.User.bounded', 'only.User.read', 'orgs.*', 'orgs.get'],
    responses: [{ status: 200, schema: 'orgs' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/orgs', transport: 'json', query: HAL,
    params: [
      { name: 'organization', in: 'body', type: 'schema', required: true, schema: orgPost },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'only.User', 'only.User.bounded', 'orgs.*', 'orgs.post'],
    responses: [{ status: 201, schema: 'org' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
