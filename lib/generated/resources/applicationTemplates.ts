/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationTemplates.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applicationTemplates', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name', 'authorName'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'keywords', in: 'query', type: 'array' },
      { name: 'categoryId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'applicationTemplates.*', 'applicationTemplates.get', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'applicationTemplates' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  getCategories: {
    method: 'GET', path: '/applicationTemplates/categories', transport: 'json', query: HAL,
    params: [
      { name: 'baseId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'applicationTemplates.*', 'applicationTemplates.getCategories', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'applicationTemplateCategories' }], errors: [{ status: 400, schema: 'error' }],
  },
  getUniqueKeywords: {
    method: 'GET', path: '/applicationTemplates/keywords', transport: 'json', query: HAL,
    params: [
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'applicationTemplates.*', 'applicationTemplates.getUniqueKeywords', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'templateKeywords' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
