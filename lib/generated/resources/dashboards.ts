/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/dashboards.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import dashboardPost from '../schemas/dashboardPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/dashboards', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'ownerId', 'applicationId', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'applicationId', in: 'query', type: 'string' },
      { name: 'orgId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'dashboards.*', 'dashboards.get', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read'],
    responses: [{ status: 200, schema: 'dashboards' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/dashboards', transport: 'json', query: HAL,
    params: [
      { name: 'dashboard', in: 'body', type: 'schema', required: true, schema: dashboardPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dashboards.*', 'dashboards.post', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 201, schema: 'dashboard' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
