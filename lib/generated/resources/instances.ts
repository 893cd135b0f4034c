/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instances.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'instances.*', 'instances.get', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'instances' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
};
export default actions;
