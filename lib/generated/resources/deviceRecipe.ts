/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/deviceRecipe.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceRecipeBulkCreatePost from '../schemas/deviceRecipeBulkCreatePost';
import deviceRecipePatch from '../schemas/deviceRecipePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  bulkCreate: {
    method: 'POST', path: '/applications/{applicationId}/device-recipes/{deviceRecipeId}/bulkCreate', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipeId', in: 'path', type: 'string', required: true },
      { name: 'bulkInfo', in: 'body', type: 'schema', required: true, schema: deviceRecipeBulkCreatePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceRecipe.*', 'deviceRecipe.bulkCreate'],
    responses: [{ status: 201, schema: 'deviceRecipeBulkCreate' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/device-recipes/{deviceRecipeId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipeId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceRecipe.*', 'deviceRecipe.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/device-recipes/{deviceRecipeId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipeId', in: 'path', type: 'string', required: true },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'deviceRecipe.*', 'deviceRecipe.get'],
    responses: [{ status: 200, schema: 'deviceRecipe' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/device-recipes/{deviceRecipeId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipeId', in: 'path', type: 'string', required: true },
      { name: 'deviceRecipe', in: 'body', type: 'schema', required: true, schema: deviceRecipePatch },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceRecipe.*', 'deviceRecipe.patch'],
    responses: [{ status: 200, schema: 'deviceRecipe' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
