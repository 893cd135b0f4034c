/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/deviceRecipes.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceRecipePost from '../schemas/deviceRecipePost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/device-recipes', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'deviceRecipes.*', 'deviceRecipes.get'],
    responses: [{ status: 200, schema: 'deviceRecipes' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/device-recipes', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipe', in: 'body', type: 'schema', required: true, schema: deviceRecipePost },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceRecipes.*', 'deviceRecipes.post'],
    responses: [{ status: 201, schema: 'deviceRecipe' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
